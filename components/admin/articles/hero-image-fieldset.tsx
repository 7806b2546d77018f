import type { RefObject } from "react";

import { type FieldAccess, FieldError, inputClass } from "./editor-fields";

/** The hero image: the current one (with Remove), a file to upload, its alt text and caption. */
export function HeroImageFieldset({
  currentUrl,
  stored,
  removeChecked,
  fileInput,
  onFileChange,
  fields,
}: {
  currentUrl: string | null;
  /** The saved alt text and caption. */
  stored: { alt: string; caption: string };
  removeChecked: boolean;
  fileInput: RefObject<HTMLInputElement | null>;
  onFileChange: () => void;
  fields: FieldAccess;
}) {
  const { value, error, describedBy } = fields;
  return (
    // min-w-0: a fieldset is otherwise as wide as its widest content (the file input), past 320 px.
    <fieldset className="flex min-w-0 flex-col gap-3 rounded-sm border border-rule p-4">
      <legend className="px-1 text-sm font-semibold">Hero image</legend>
      {currentUrl && (
        <p className="text-sm break-words">
          Current image:{" "}
          <a href={currentUrl} className="text-accent underline">
            {currentUrl}
          </a>{" "}
          <label className="ml-2 inline-flex items-center gap-1">
            <input type="checkbox" name="removeHeroImage" defaultChecked={removeChecked} /> Remove
          </label>
        </p>
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor="heroImage" className="text-sm font-semibold">
          {currentUrl ? "Replace image" : "Upload image"}
        </label>
        <input
          ref={fileInput}
          id="heroImage"
          name="heroImage"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif"
          onChange={onFileChange}
          aria-invalid={!!error("heroImage")}
          aria-describedby={`heroImage-hint ${describedBy("heroImage") ?? ""}`}
          className="w-full min-w-0 text-sm"
        />
        <p id="heroImage-hint" className="text-xs text-muted">
          JPEG, PNG, WebP or AVIF, up to 5 MB.
        </p>
        {/* Announced as soon as a file over the limit is chosen, not only on saving. */}
        <div aria-live="polite">
          <FieldError id="heroImage-error" message={error("heroImage") || undefined} />
        </div>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="heroImageAlt" className="text-sm font-semibold">
          Alt text (required with an image)
        </label>
        <input
          id="heroImageAlt"
          name="heroImageAlt"
          defaultValue={value("heroImageAlt", stored.alt)}
          aria-invalid={!!error("heroImageAlt")}
          aria-describedby={describedBy("heroImageAlt")}
          className={inputClass}
        />
        <FieldError id="heroImageAlt-error" message={error("heroImageAlt") || undefined} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="heroImageCaption" className="text-sm font-semibold">
          Caption
        </label>
        <input
          id="heroImageCaption"
          name="heroImageCaption"
          defaultValue={value("heroImageCaption", stored.caption)}
          className={inputClass}
        />
      </div>
    </fieldset>
  );
}
