package org.concurrencykit.problems.webcrawler;

import java.util.regex.Pattern;

/** URLs of the simulated web: their hostnames, and how inputs and traces quote them. */
final class Urls {
    private static final String SCHEME = "http://";
    /** {@code http://}, a hostname of letters, digits, dots and hyphens, then an optional path. */
    private static final Pattern URL = Pattern.compile("http://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?:/[!-~&&[^\"\\\\]]*)?");

    private Urls() {
    }

    /** Whether {@code s} is a URL of the simulated web's form. */
    static boolean isValid(String s) {
        return s != null && URL.matcher(s).matches();
    }

    /** What lies between {@code http://} and the next {@code /}; null when {@code url} does not start with {@code http://}. */
    static String host(String url) {
        if (url == null || !url.startsWith(SCHEME)) {
            return null;
        }
        int slash = url.indexOf('/', SCHEME.length());
        return slash < 0 ? url.substring(SCHEME.length()) : url.substring(SCHEME.length(), slash);
    }

    /** {@code s} as a double-quoted string, with quotes, backslashes and control characters escaped; {@code null} unquoted. */
    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
