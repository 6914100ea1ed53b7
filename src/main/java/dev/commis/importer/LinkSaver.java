package dev.commis.importer;

import java.util.List;
import java.util.Set;

/**
 * Saving recipes from links, as the chat offers it: the importer, and who may use it. In the
 * console anyone may (it runs on the vault owner's machine); on Telegram and Discord, the users
 * listed in {@code import.allowed} ({@code telegram:<id>}, {@code discord:<id>}), and on Telegram
 * everyone the bot lets in when {@code telegram.allowed} restricts it.
 */
public final class LinkSaver {

    /** Saving is not set up: every attempt gets a polite "not available". */
    public static final LinkSaver OFF = new LinkSaver(null, List.of(), false);

    private static final Set<String> PLATFORMS = Set.of("telegram", "discord");

    private final RecipeImporter importer;
    private final Set<String> allowed;
    private final boolean telegramRestricted;

    /**
     * @param importer           saves the links
     * @param allowed            users who may save on chat platforms ({@code telegram:123})
     * @param telegramRestricted whether {@code telegram.allowed} is set, so that every Telegram user is trusted
     */
    public LinkSaver(RecipeImporter importer, List<String> allowed, boolean telegramRestricted) {
        this.importer = importer;
        this.allowed = Set.copyOf(allowed);
        this.telegramRestricted = telegramRestricted;
    }

    public boolean available() {
        return importer != null;
    }

    /**
     * Whether the person may save from this chat.
     *
     * @param chat   the chat's key ({@code console}, {@code telegram:123}, {@code discord:dm:456})
     * @param sender the person's key ({@code telegram:123}), "" when the platform gave none
     */
    public boolean mayUse(String chat, String sender) {
        if (!available()) {
            return false;
        }
        int colon = chat.indexOf(':');
        String platform = colon < 0 ? chat : chat.substring(0, colon);
        if (!PLATFORMS.contains(platform)) {
            return true;
        }
        if (platform.equals("telegram") && telegramRestricted) {
            return true;
        }
        return !sender.isEmpty() && allowed.contains(sender);
    }

    /** Saves {@code link}; see {@link RecipeImporter#save}. */
    public ImportOutcome save(String link) {
        if (importer == null) {
            throw new IllegalStateException("saving from links is off");
        }
        return importer.save(link);
    }
}
