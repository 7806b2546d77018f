export const siteName = process.env.SITE_NAME || "The Ledger";
