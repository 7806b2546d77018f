import "server-only";

import { type StoredImage, storeHeroImage } from "../uploads";
import { fetchFeed } from "./fetch-feed";
import { allowPrivateAddresses } from "./settings";

/**
 * An item's image, copied into the site's own uploads: pages only show images from the site itself (the CSP's
 * img-src 'self'), and readers' browsers never call the outlet. The fetch is guarded like a feed's, and the
 * upload pipeline checks the content is a real JPEG, PNG, WebP or AVIF. An image that can't be had leaves the
 * article without one rather than failing its import.
 */
export async function importHeroImage(url: string): Promise<StoredImage | null> {
  try {
    const fetched = await fetchFeed(url, { allowPrivate: allowPrivateAddresses(), kind: "image" });
    if (fetched.status !== "ok") return null;
    const stored = await storeHeroImage(new File([new Uint8Array(fetched.body)], "outlet-image"));
    return stored.ok ? stored.image : null;
  } catch {
    return null;
  }
}
