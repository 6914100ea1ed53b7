package dev.commis.config;

import dev.commis.text.TextYaml;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a settings file's YAML into maps, lists and text, refusing what would silently lose or
 * garble a setting: a key written twice (the second would replace the first, and a second
 * {@code telegram:} block would drop {@code telegram.allowed}, opening a private bot to everyone)
 * and a value with an explicit type such as {@code !!binary}. Messages name the file, the line and
 * the key; they never quote a value, which may be a token.
 */
final class SettingsYaml {

    private SettingsYaml() {
    }

    /** The document in {@code text}, read from the file called {@code name}; null when empty. */
    static Object read(String name, String text) throws SettingsException {
        Yaml yaml = TextYaml.newLoader(false);
        try {
            Node root = yaml.compose(new StringReader(text));
            if (root == null) {
                return null;
            }
            check(name, "", root);
            return yaml.load(text);
        } catch (MarkedYAMLException e) {
            // Only the problem and its line: SnakeYAML's full message quotes the line, which may hold a token.
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            String problem = String.valueOf(e.getProblem());
            return fail(name + (line > 0 ? ":" + line : "") + ": not valid YAML: "
                    + (TokenShapes.looksLikeToken(problem) ? "(the problem quotes the file; not shown)" : problem));
        } catch (YAMLException | IllegalArgumentException e) {
            return fail(name + ": not valid YAML");
        }
    }

    private static Object fail(String message) throws SettingsException {
        throw new SettingsException(message);
    }

    private static void check(String file, String prefix, Node node) throws SettingsException {
        if (node instanceof MappingNode mapping) {
            Map<String, Integer> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = prefix + (tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?");
                int line = line(tuple.getKeyNode());
                Integer first = seen.putIfAbsent(key, line);
                if (first != null && !key.endsWith("<<")) {
                    throw new SettingsException(file + ":" + line + ": key " + TokenShapes.quoted(key)
                            + " is written twice (first at line " + first + "); keep one: the second would replace the first");
                }
                check(file, key + ".", tuple.getValueNode());
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                check(file, prefix, item);
            }
        } else if (node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.STR) && !scalar.getTag().equals(Tag.NULL)) {
            String key = prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1);
            String tag = scalar.getTag().getValue();
            tag = tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
            throw new SettingsException(file + ":" + line(scalar) + ": key " + TokenShapes.quoted(key) + " has a value typed "
                    + (TokenShapes.looksLikeToken(tag) ? "explicitly" : tag)
                    + "; write it as plain text, without a !! tag (the value is not shown here)");
        }
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
