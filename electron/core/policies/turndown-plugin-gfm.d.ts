// Types for the GFM rules of turndown (the package ships none): each is a plugin for `TurndownService.use`.
declare module '@joplin/turndown-plugin-gfm' {
  import type TurndownService from 'turndown';
  export const tables: TurndownService.Plugin;
  export const strikethrough: TurndownService.Plugin;
  export const gfm: TurndownService.Plugin;
}
