package dev.commis.importer;

import dev.commis.config.Settings;
import dev.commis.vault.Recipe;
import dev.commis.vault.RecipeParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Saves the recipe of a web page into the vault: checks that the link is not there already,
 * fetches the page safely, finds its recipe, writes it as a new file in the import folder and
 * reads it back through the vault's own parser. One link at a time per importer, so that two
 * saves of the same link cannot both write.
 */
public final class RecipeImporter {

    private final PageFetcher fetcher;
    private final UrlRegister register;
    private final VaultFiles files;
    private final Clock clock;

    public RecipeImporter(PageFetcher fetcher, UrlRegister register, VaultFiles files, Clock clock) {
        this.fetcher = fetcher;
        this.register = register;
        this.files = files;
        this.clock = clock;
    }

    /** An importer for {@code vault} as the settings say, comparing links with {@code recipes}. */
    public static RecipeImporter of(Path vault, Settings.Import settings, Supplier<? extends Collection<Recipe>> recipes,
            HostResolver resolver, Clock clock) {
        AddressGuard guard = new AddressGuard(resolver, settings.allowPrivateAddresses());
        return new RecipeImporter(new PageFetcher(guard, settings.maxPageBytes(), settings.timeout()),
                new UrlRegister(recipes), new VaultFiles(vault, settings.folder()), clock);
    }

    /** Imports {@code link}; never throws for anything the link or the page does. */
    public synchronized ImportOutcome save(String link) {
        String url = link.strip();
        Optional<String> known = register.find(url);
        if (known.isPresent()) {
            return ImportOutcome.alreadyThere(url, known.get());
        }
        try {
            FetchedPage page = fetcher.fetch(url);
            PageRecipe recipe = RecipePageReader.read(page)
                    .orElseThrow(() -> new ImportException(ImportException.Reason.NO_RECIPE, url, ""));
            for (String other : new String[] {page.uri().toString(), recipe.url()}) {
                Optional<String> there = register.find(other);
                if (there.isPresent()) {
                    return ImportOutcome.alreadyThere(url, there.get());
                }
            }
            String markdown = RecipeMarkdown.of(recipe, LocalDate.now(clock));
            String file = files.write(recipe.title(), markdown, url);
            register.remember(file, url, page.uri().toString(), recipe.url());
            Recipe written = RecipeParser.parse(file, markdown.getBytes(StandardCharsets.UTF_8)).recipe();
            return ImportOutcome.saved(url, file, written);
        } catch (ImportException e) {
            return ImportOutcome.failed(url, e);
        }
    }
}
