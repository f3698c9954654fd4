package dev.eventrecords.processor.model;

import java.util.Locale;

/** The default topic of an event: its simple name in kebab-case, {@code DeviceConnected} to {@code device-connected}. */
public final class TopicNames {

    private TopicNames() {}

    /**
     * Splits at lower-to-upper and letter-to-digit boundaries and before the last capital of an acronym:
     * {@code HTTPRequestFailed} gives {@code http-request-failed}, {@code OAuth2TokenIssued} gives
     * {@code o-auth2-token-issued}, {@code Order_Placed} gives {@code order-placed}.
     */
    public static String kebabCase(String simpleName) {
        StringBuilder out = new StringBuilder();
        char[] cs = simpleName.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (c == '_' || c == '$') {
                appendDash(out);
                continue;
            }
            if (i > 0 && Character.isUpperCase(c)) {
                char prev = cs[i - 1];
                boolean nextIsLower = i + 1 < cs.length && Character.isLowerCase(cs[i + 1]);
                if (Character.isLowerCase(prev)
                        || Character.isDigit(prev)
                        || (Character.isUpperCase(prev) && nextIsLower)) {
                    appendDash(out);
                }
            }
            out.append(Character.toLowerCase(c));
        }
        String result = out.toString().replaceAll("^-+|-+$", "");
        return result.toLowerCase(Locale.ROOT);
    }

    private static void appendDash(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
            out.append('-');
        }
    }
}
