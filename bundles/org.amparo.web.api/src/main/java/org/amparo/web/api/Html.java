package org.amparo.web.api;

/**
 * Escaping for text placed in HTML element content and in double-quoted attribute values.
 *
 * @since 1.0
 */
public final class Html {
    private Html() {
    }

    /** Escapes {@code & < > " '}; {@code null} becomes the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
