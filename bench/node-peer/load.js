// The Node peer of bench/cold-start.sh: reads a recipe vault the way `commis check` does, so that
// the two cold starts can be compared. For every .md file outside hidden folders and Templates/:
// the YAML front matter (gray-matter), the Markdown (markdown-it), the title (first level-1
// heading, else the file name), the ingredient lines (list items under "Ingrédients" or
// "Ingredients", with **bold** group names), and the steps (list items under "Étapes" or "Steps").
// A file without a title line or ingredients or steps counts as a problem. Prints the counts.
//
// What it does NOT do that Commis does: repair (mojibake, BOM, CRLF), Unicode folding, duration and
// quantity parsing, recipe ids, the snapshot and the problem messages. It is one thread, as a
// 40-line script would be; Commis uses every core.
//
// usage: node load.js VAULT_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const matter = require('gray-matter');
const md = require('markdown-it')();

function files(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'Templates') files(full, out);
    } else if (entry.name.endsWith('.md')) {
      out.push(full);
    }
  }
  return out;
}

function read(file) {
  const parsed = matter(fs.readFileSync(file, 'utf8'));
  const tokens = md.parse(parsed.content, {});
  const recipe = { title: null, facts: parsed.data, groups: [], steps: [] };
  let section = null;
  let group = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'heading_open') {
      const text = tokens[i + 1].content.trim();
      if (token.tag === 'h1' && recipe.title === null) recipe.title = text;
      else if (token.tag === 'h2') section = /^(ingr[ée]dients)$/i.test(text) ? 'ingredients'
        : /^([ée]tapes|steps)$/i.test(text) ? 'steps' : 'other';
    } else if (token.type === 'inline' && section === 'ingredients' && tokens[i - 1].type === 'paragraph_open'
        && /^\*\*.*\*\*$/.test(token.content.trim())) {
      group = { name: token.content.trim().slice(2, -2), items: [] };
      recipe.groups.push(group);
    } else if (token.type === 'inline' && tokens[i - 2] && tokens[i - 2].type === 'list_item_open') {
      if (section === 'ingredients') {
        if (group === null) recipe.groups.push(group = { name: '', items: [] });
        group.items.push(token.content);
      } else if (section === 'steps') {
        recipe.steps.push(token.content);
      }
    }
  }
  if (recipe.title === null) recipe.title = path.basename(file, '.md');
  return recipe;
}

const vault = process.argv[2];
if (!vault || !fs.statSync(vault, { throwIfNoEntry: false })?.isDirectory()) {
  console.error('usage: node load.js VAULT_DIR');
  process.exit(2);
}
const list = files(vault, []);
let recipes = 0, problems = 0, ingredients = 0, steps = 0;
for (const file of list) {
  try {
    const recipe = read(file);
    const lines = recipe.groups.reduce((n, g) => n + g.items.length, 0);
    if (lines === 0 || recipe.steps.length === 0) problems++;
    else recipes++;
    ingredients += lines;
    steps += recipe.steps.length;
  } catch (e) {
    problems++;
  }
}
console.log(`node peer: ${list.length} files, ${recipes} recipes, ${problems} problems, `
  + `${ingredients} ingredient lines, ${steps} steps`);
