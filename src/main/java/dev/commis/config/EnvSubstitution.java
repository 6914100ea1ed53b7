package dev.commis.config;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${VAR}} and {@code ${VAR:-default}} in a setting's value with the environment
 * variable {@code VAR}; the default applies when the variable is unset or empty, as in a shell.
 */
final class EnvSubstitution {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

    private EnvSubstitution() {
    }

    /**
     * @param where names the setting in an error message, e.g. {@code config/commis.yaml: key 'telegram.token'}
     * @throws SettingsException when a variable without a default is not set
     */
    static String apply(String value, Map<String, String> env, String where) throws SettingsException {
        Matcher m = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String fallback = m.group(2);
            String found = env.get(name);
            if (found == null || found.isEmpty()) {
                if (fallback == null) {
                    throw new SettingsException(where + " uses ${" + name + "}, which is not set: set " + name
                            + ", or write ${" + name + ":-default} to give a default");
                }
                found = fallback;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(found));
        }
        m.appendTail(out);
        return out.toString();
    }
}
