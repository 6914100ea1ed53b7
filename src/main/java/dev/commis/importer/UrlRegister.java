package dev.commis.importer;

import dev.commis.vault.Recipe;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Which links the vault already holds: every recipe's {@code url}, compared after
 * normalising (scheme and host case, {@code http} as {@code https}, {@code www.}, default
 * ports, the fragment, a trailing slash and tracking parameters such as {@code utm_*}), plus the
 * files this process saved since the vault was last read, so that a second save of the same
 * link before the watcher's reload is caught too.
 */
public final class UrlRegister {

    private static final Pattern TRACKING = Pattern.compile(
            "(?i)utm_[a-z_]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igsh|igshid|_ga|_gl|yclid|twclid|ttclid|si|mkt_tok");

    private final Supplier<? extends Collection<Recipe>> recipes;
    private final Map<String, String> saved = new ConcurrentHashMap<>();

    /** @param recipes the vault's recipes as they are now */
    public UrlRegister(Supplier<? extends Collection<Recipe>> recipes) {
        this.recipes = recipes;
    }

    /** The vault path of a recipe whose link is the same as {@code link}, once normalised. */
    public Optional<String> find(String link) {
        String key = normalise(link);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String recent = saved.get(key);
        if (recent != null) {
            return Optional.of(recent);
        }
        for (Recipe recipe : recipes.get()) {
            String url = recipe.facts().url();
            if (!url.isEmpty() && normalise(url).equals(key)) {
                return Optional.of(recipe.path());
            }
        }
        return Optional.empty();
    }

    /** Remembers that {@code links} were saved as {@code path}. */
    public void remember(String path, String... links) {
        for (String link : links) {
            String key = normalise(link);
            if (!key.isEmpty()) {
                saved.put(key, path);
            }
        }
    }

    /** The form in which two links to the same page are equal; "" for what is not a web address. */
    public static String normalise(String link) {
        URI uri;
        try {
            uri = new URI(link.strip());
        } catch (URISyntaxException e) {
            return "";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!(scheme.equals("http") || scheme.equals("https")) || host == null) {
            return "";
        }
        host = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").replaceFirst("\\.$", "");
        int port = uri.getPort();
        boolean defaultPort = port < 0 || port == 80 || port == 443;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        List<String> kept = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (!pair.isEmpty() && !TRACKING.matcher(name).matches()) {
                    kept.add(pair);
                }
            }
        }
        return "https://" + host + (defaultPort ? "" : ":" + port) + path + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }
}
