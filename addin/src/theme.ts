// Fluent 2's design tokens as CSS variables (--colorBrandBackground, --fontSizeBase300, …), so the
// stylesheet follows Fluent without shipping a component library.

import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/tokens";

export function applyFluentTheme(root: HTMLElement, dark = false): void {
  const theme: Theme = dark ? webDarkTheme : webLightTheme;
  for (const [name, value] of Object.entries(theme)) root.style.setProperty(`--${name}`, String(value));
}

/** Outlook tells the pane its theme; a dark body background means dark mode. */
export function outlookPrefersDark(): boolean {
  const background = typeof Office !== "undefined" ? (Office.context as any)?.officeTheme?.bodyBackgroundColor : undefined;
  if (typeof background !== "string" || !/^#?[0-9a-f]{6}$/i.test(background)) return false;
  const hex = background.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r! + 0.587 * g! + 0.114 * b! < 128;
}
