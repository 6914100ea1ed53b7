package dev.commis.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads a settings file into values by dotted key ({@code telegram: token: x} is
 * {@code telegram.token}), strictly: a key that is not one of the known keys, a group where a
 * value belongs or the reverse is refused with the file's name; {@code ${VAR}} and
 * {@code ${VAR:-default}} in values are substituted from the environment.
 */
final class SettingsFile {

    private final List<String> keys;
    private final Map<String, String> env;

    SettingsFile(List<String> keys, Map<String, String> env) {
        this.keys = keys;
        this.env = env;
    }

    /** Adds the values of {@code file} to {@code values}, by key ("telegram.token"). */
    void read(Path file, Map<String, SettingsLoader.Value> values) throws SettingsException {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new SettingsException(name + ": no such settings file");
        } catch (IOException e) {
            throw new SettingsException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        Object document = SettingsYaml.read(name, text);
        if (document == null) {
            return;
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new SettingsException(name + ": expected 'key: value' lines at the top level");
        }
        flatten(name, "", map, values);
    }

    private void flatten(String file, String prefix, Map<?, ?> map, Map<String, SettingsLoader.Value> values)
            throws SettingsException {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = prefix + entry.getKey();
            Object raw = entry.getValue();
            boolean isSection = keys.stream().anyMatch(k -> k.startsWith(key + "."));
            if (!isSection && !keys.contains(key)) {
                throw new SettingsException(file + ": unknown key " + TokenShapes.quoted(key) + "; the keys are "
                        + String.join(", ", keys));
            }
            if (isSection) {
                if (raw instanceof Map<?, ?> section) {
                    flatten(file, key + ".", section, values);
                } else if (raw != null) {
                    throw new SettingsException(file + ": key '" + key + "' must hold keys of its own, such as "
                            + keys.stream().filter(k -> k.startsWith(key + ".")).findFirst().orElseThrow());
                }
                continue;
            }
            values.put(key, new SettingsLoader.Value(file, substitute(file, key, raw)));
        }
    }

    private Object substitute(String file, String key, Object raw) throws SettingsException {
        String where = file + ": key '" + key + "'";
        if (raw instanceof String text) {
            return EnvSubstitution.apply(text, env, where);
        }
        if (raw instanceof Collection<?> items) {
            List<Object> out = new ArrayList<>();
            for (Object item : items) {
                out.add(item instanceof String text ? EnvSubstitution.apply(text, env, where) : item);
            }
            return out;
        }
        if (raw instanceof Map<?, ?>) {
            throw new SettingsException(where + " must be a single value, not a group of keys");
        }
        return raw;
    }
}
