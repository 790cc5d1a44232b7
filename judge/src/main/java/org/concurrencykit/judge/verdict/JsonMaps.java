package org.concurrencykit.judge.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Typed reads from parsed JSON maps. */
final class JsonMaps {
    private JsonMaps() {
    }

    static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    static long num(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof Number n ? n.longValue() : 0L;
    }

    static List<String> strings(Map<String, Object> m, String key) {
        List<String> out = new ArrayList<>();
        if (m.get(key) instanceof List<?> list) {
            for (Object o : list) {
                out.add(String.valueOf(o));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    static List<Map<String, Object>> maps(Map<String, Object> m, String key) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (m.get(key) instanceof List<?> list) {
            for (Object o : list) {
                out.add(map(o));
            }
        }
        return out;
    }
}
