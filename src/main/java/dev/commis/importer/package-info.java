/**
 * Saving recipes from web pages into the vault ({@code commis import}, {@code /save}): fetching
 * with every redirect hop checked ({@link dev.commis.importer.PageFetcher},
 * {@link dev.commis.importer.AddressGuard}), finding the schema.org recipe
 * ({@link dev.commis.importer.RecipePageReader}), writing it in the vault's format
 * ({@code RecipeMarkdown}, {@link dev.commis.importer.VaultFiles}) and never twice
 * ({@link dev.commis.importer.UrlRegister}). It uses the vault's public parser only to read back
 * what it wrote.
 */
package dev.commis.importer;
