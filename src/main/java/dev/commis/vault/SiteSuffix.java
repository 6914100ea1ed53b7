package dev.commis.vault;

import dev.commis.text.Folding;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the site's name off a title a web clipper copied from the page's {@code <title>}: "Warm Lentil Salad - A
 * Small Kitchen Blog" is "Warm Lentil Salad" when the note says the page came from "A Small Kitchen" (its
 * {@code author}, {@code site}, {@code site_name} or {@code publisher}) or from {@code asmallkitchen.com} (its
 * {@code source} or {@code url}). Only a suffix after a spaced separator ({@code -}, {@code –}, {@code —},
 * {@code |}, {@code ·}) that names the site goes, or, in a note clipped from a link, one that says it is a site
 * ("- Blog Cuisine", "| Example Recipes", "- example.com"): a title's own dash ("Pain perdu - version express")
 * stays.
 */
final class SiteSuffix {

    private static final Pattern SUFFIX = Pattern.compile("^(.{3,}?)\\h+[-–—|·]\\h+([^-–—|·]+)$");
    private static final Pattern BRACKETS = Pattern.compile("^\\[\\[([^\\]|]+)(?:\\|[^\\]]*)?\\]\\]$");
    /** Words that make a title's suffix a site's name whoever wrote it, for a note clipped from a page. */
    private static final Pattern SITE_WORDS = Pattern.compile(
            "(?i)\\b(?:blog|recipes|recettes|magazine)\\b|\\.(?:com|fr|org|net|co\\.uk)\\b");
    private static final List<String> NAME_KEYS = List.of("author", "site", "site_name", "publisher");
    private static final List<String> LINK_KEYS = List.of("source", "url");
    /** Shorter names would match too much ("Bo" in "Bo Ssam"). */
    private static final int MIN_NAME = 4;

    private SiteSuffix() {
    }

    /** {@code title} without the trailing site name {@code fields} give, or as it is. */
    static String strip(String title, Map<String, Object> fields) {
        Matcher m = SUFFIX.matcher(title);
        if (!m.matches()) {
            return title;
        }
        String suffix = squeeze(m.group(2));
        if (fields.get("source") instanceof String link && link.startsWith("http") && SITE_WORDS.matcher(m.group(2)).find()) {
            return m.group(1).strip(); // clipped from a page whose title ends "- Blog Cuisine", "| Example Recipes"
        }
        for (String name : names(fields)) {
            if (suffix.length() >= MIN_NAME && name.length() >= MIN_NAME
                    && (suffix.contains(name) || name.contains(suffix))) {
                return m.group(1).strip();
            }
        }
        return title;
    }

    private static List<String> names(Map<String, Object> fields) {
        List<String> names = new ArrayList<>();
        for (String key : NAME_KEYS) {
            Object value = fields.get(key);
            if (value instanceof List<?> list) {
                list.stream().filter(item -> item != null).forEach(item -> names.add(squeeze(unlinked(item.toString()))));
            } else if (value != null) {
                names.add(squeeze(unlinked(String.valueOf(value))));
            }
        }
        for (String key : LINK_KEYS) {
            if (fields.get(key) instanceof String link) {
                names.add(hostName(link));
            }
        }
        return names;
    }

    /** "[[A Small Kitchen]]", as the Web Clipper writes an author, is "A Small Kitchen". */
    private static String unlinked(String name) {
        Matcher link = BRACKETS.matcher(name.strip());
        return link.matches() ? link.group(1) : name;
    }

    /** "https://www.asmallkitchen.co.uk/…" is "asmallkitchen": the host's name without www and its domain. */
    private static String hostName(String link) {
        try {
            String host = URI.create(link.strip()).getHost();
            if (host == null) {
                return "";
            }
            String[] labels = host.replaceFirst("^www\\.", "").split("\\.");
            return labels.length == 0 ? "" : squeeze(labels[0]);
        } catch (IllegalArgumentException e) {
            return ""; // not a link: no site to name
        }
    }

    /** Folded letters and digits only: "A Small Kitchen" and "asmallkitchen" compare equal. */
    private static String squeeze(String text) {
        return Folding.key(text).replace("_", "");
    }
}
