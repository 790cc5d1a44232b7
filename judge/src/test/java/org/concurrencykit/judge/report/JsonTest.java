package org.concurrencykit.judge.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void writesAndReadsBackNestedValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "quote \" backslash \\ newline \n tab \t bell \u0007 é");
        m.put("n", 42L);
        m.put("d", 1.5);
        m.put("b", true);
        m.put("nil", null);
        m.put("list", List.of(1L, "two", List.of()));
        m.put("map", Map.of("k", "v"));
        String json = Json.write(m);
        assertThat(json).doesNotContain("\n");
        assertThat(Json.parse(json)).isEqualTo(m);
    }

    @Test
    void writesEnumsAsTheirNames() {
        assertThat(Json.write(Arrays.asList(Thread.State.WAITING, null))).isEqualTo("[\"WAITING\",null]");
    }

    @Test
    void rejectsMalformedInput() {
        assertThatThrownBy(() -> Json.parse("{\"a\":1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("[1] x")).hasMessageContaining("trailing");
        assertThatThrownBy(() -> Json.parse("\"open")).hasMessageContaining("unterminated");
    }
}
