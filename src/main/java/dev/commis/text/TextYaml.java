package dev.commis.text;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML loaders that build only maps, lists, text and nulls. Every other scalar stays the
 * text it was written as: {@code 2025-10-12} must not become a {@code Date}, nor {@code 1:30} a
 * sexagesimal number; the reader of the values decides what they mean. A loader is not
 * thread-safe: keep one per thread.
 */
public final class TextYaml {

    /**
     * SnakeYAML's own log, through {@code java.util.logging}: it prints every key written twice that a lenient
     * loader lets through, on the console, without the file. Commis reports those itself, with the file and line,
     * so only SnakeYAML's errors get through. Held here because that logging keeps its loggers, and so the
     * level set on them, only as long as someone refers to them.
     */
    private static final java.util.logging.Logger SNAKEYAML_LOG = quietSnakeYamlLog();

    private TextYaml() {
    }

    private static java.util.logging.Logger quietSnakeYamlLog() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.yaml.snakeyaml");
        log.setLevel(java.util.logging.Level.SEVERE);
        return log;
    }

    /** A new safe loader (no arbitrary types, few aliases, shallow nesting); a key written twice keeps its last value. */
    public static Yaml newLoader() {
        return newLoader(true);
    }

    /** A new safe loader like {@link #newLoader()} that refuses a key written twice (a {@code DuplicateKeyException}). */
    public static Yaml newStrictLoader() {
        return newLoader(false);
    }

    /** A new safe loader that, unless {@code allowDuplicateKeys}, refuses a mapping with a key written twice. */
    public static Yaml newLoader(boolean allowDuplicateKeys) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(allowDuplicateKeys);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(20);
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new TextResolver());
    }

    /** Resolves nulls and merges as usual, and leaves every other scalar as text. */
    private static final class TextResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
        }

        /**
         * A plain scalar that starts with none of the characters above is text: the same answer as
         * the regexes give (EMPTY matches only "" then), without running them on every scalar.
         */
        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            if (kind == NodeId.scalar && implicit && !value.isEmpty() && "~nN<".indexOf(value.charAt(0)) < 0) {
                return Tag.STR;
            }
            return super.resolve(kind, value, implicit);
        }
    }
}
