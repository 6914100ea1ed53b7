package dev.commis.config;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a size setting such as {@code 1 MB}, {@code 512 KB} or {@code 2000000} (bytes); KB and MB count by 1024. */
final class FileSize {

    /** The largest recipe file read by default: real recipes are a few kilobytes. */
    static final String DEFAULT_RECIPE = "1 MB";

    private static final Pattern SIZE = Pattern.compile("(\\d{1,10})\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?");
    private static final long MIN = 1L << 10;
    private static final long MAX = 1L << 30;

    private FileSize() {
    }

    /** The size in bytes written in {@code text}, from 1 KB to 1 GB; else the exception {@code bad} makes. */
    static long read(String text, Supplier<SettingsException> bad) throws SettingsException {
        Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw bad.get();
        }
        String unit = m.group(2) == null ? "b" : m.group(2);
        long bytes = Long.parseLong(m.group(1)) << switch (unit.charAt(0)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        if (bytes < MIN || bytes > MAX) {
            throw bad.get();
        }
        return bytes;
    }
}
