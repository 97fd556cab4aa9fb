// Sign-in with nested app authentication: Outlook brokers the token, the pane never sees a password.
// Loaded only when the API has a tenant (PaneConfig.clientId), so demo mode doesn't download MSAL.

import {
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { PaneConfig } from "./types";

export interface SignIn {
  token(): Promise<string>;
}

export async function signIn(config: PaneConfig): Promise<SignIn> {
  if (!config.clientId || !config.apiScope) throw new Error("This server has no Microsoft 365 tenant configured.");
  const app: IPublicClientApplication = await createNestablePublicClientApplication({
    auth: { clientId: config.clientId, authority: config.authority ?? "https://login.microsoftonline.com/common" },
  });
  const scopes = [config.apiScope];

  return {
    async token() {
      const account = app.getActiveAccount() ?? app.getAllAccounts()[0];
      try {
        const result = await app.acquireTokenSilent({ scopes, ...(account ? { account } : {}) });
        return result.accessToken;
      } catch (error) {
        // Silent fails on first use and after consent changes; a popup is what NAA falls back to.
        if (!(error instanceof InteractionRequiredAuthError) && account) throw error;
        const result = await app.acquireTokenPopup({ scopes });
        app.setActiveAccount(result.account);
        return result.accessToken;
      }
    },
  };
}
