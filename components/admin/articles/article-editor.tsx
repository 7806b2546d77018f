"use client";

import { useActionState, useCallback, useEffect, useRef, useState, useTransition } from "react";

import { MAX_UPLOAD_BYTES, uploadTooLargeMessage } from "@/lib/uploads/limits";

import { initialFormState } from "../../auth/form-state";
import { useFocusFirstInvalid } from "../../forms/use-form-focus";
import { autosaveArticleAction, previewMarkdownAction, saveArticleAction } from "./actions";
import { PrimaryActions, PublishingActions } from "./editor-actions";
import { type FieldAccess, FieldError, inputClass } from "./editor-fields";
import { HeroImageFieldset } from "./hero-image-fieldset";

export type EditorArticle = {
  id: string;
  version: number;
  status: string;
  title: string;
  dek: string;
  slug: string;
  body: string;
  excerpt: string;
  heroImageUrl: string | null;
  heroImageAlt: string;
  heroImageCaption: string;
  sectionId: string;
  sourceId: string;
  authorIds: string[];
  tags: string[];
  seoTitle: string | null;
  seoDescription: string | null;
  canonicalUrl: string | null;
  commentsOpen: boolean;
  isLead: boolean;
  leadOrder: number;
  pinnedRelatedIds: string[];
  publishedAt: string | null;
  previewToken: string | null;
};

type Option = { id: string; name: string };

type Props = {
  article: EditorArticle | null;
  sections: Option[];
  sources: Option[];
  authors: Option[];
  recent: { id: string; title: string }[];
  canPublish: boolean;
};

const AUTOSAVE_DELAY_MS = 4_000;

/**
 * The article form. Plain form posts do everything (save, submit, publish, schedule); with JavaScript it also
 * previews the body live, autosaves, and warns before leaving with unsaved changes.
 */
export function ArticleEditor({ article, sections, sources, authors, recent, canPublish }: Props) {
  const [state, formAction, pending] = useActionState(saveArticleAction, initialFormState);
  const formRef = useFocusFirstInvalid(state);
  const [version, setVersion] = useState(article?.version ?? 0);
  const [dirty, setDirty] = useState(false);
  const [autosave, setAutosave] = useState<{ kind: "idle" | "saving" | "saved" | "error"; text?: string }>({
    kind: "idle",
  });
  const [previewHtml, setPreviewHtml] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const autosaveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const previewTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const autosaveInFlight = useRef<Promise<void> | null>(null);
  const versionInput = useRef<HTMLInputElement>(null);
  const heroImageInput = useRef<HTMLInputElement>(null);
  // A file over the limit is refused here, before it is sent (the server would refuse it too).
  const [heroImageTooLarge, setHeroImageTooLarge] = useState<string | null>(null);

  const v = (key: string, fallback: string) => state.values?.[key] ?? fallback;
  const error = (key: string) => (key === "heroImage" && heroImageTooLarge) || state.fieldErrors?.[key];
  const describedBy = (key: string) => (error(key) ? `${key}-error` : undefined);
  const formMessage = heroImageTooLarge ? "Fix the highlighted fields." : state.message;
  const fields: FieldAccess = { value: v, error, describedBy };
  const status = pending
    ? "Saving…"
    : autosave.kind !== "error" && autosave.text
      ? autosave.text
      : dirty && autosave.kind === "idle"
        ? "Unsaved changes"
        : "";

  const checkHeroImage = () => {
    const file = heroImageInput.current?.files?.[0];
    const problem = file && file.size > MAX_UPLOAD_BYTES ? uploadTooLargeMessage(file.size) : null;
    setHeroImageTooLarge(problem);
    return problem;
  };

  const refreshPreview = useCallback(() => {
    const body = formRef.current?.elements.namedItem("body");
    if (!(body instanceof HTMLTextAreaElement)) return;
    const data = new FormData();
    data.set("body", body.value);
    startTransition(async () => setPreviewHtml(await previewMarkdownAction(data)));
  }, [formRef]);

  const runAutosave = useCallback(() => {
    if (!article || !formRef.current) return;
    const data = new FormData(formRef.current);
    data.delete("heroImage");
    data.set("version", String(version));
    setAutosave({ kind: "saving", text: "Saving…" });
    autosaveInFlight.current = new Promise<void>((resolve) => {
      startTransition(async () => {
        const result = await autosaveArticleAction(data);
        if (result.ok) {
          // Set at once too: a save waiting for this autosave submits before React re-renders.
          if (versionInput.current) versionInput.current.value = String(result.version);
          setVersion(result.version);
          setDirty(false);
          setAutosave({
            kind: "saved",
            text: result.workingCopy
              ? `Changes autosaved at ${new Date(result.savedAt).toLocaleTimeString()}; readers still see the live version until you update.`
              : `Autosaved at ${new Date(result.savedAt).toLocaleTimeString()}`,
          });
        } else {
          setAutosave({ kind: "error", text: result.error });
        }
        autosaveInFlight.current = null;
        resolve();
      });
    });
  }, [article, version, formRef]);

  const onChange = () => {
    setDirty(true);
    if (autosaveTimer.current) clearTimeout(autosaveTimer.current);
    if (article && autosave.kind !== "error")
      autosaveTimer.current = setTimeout(runAutosave, AUTOSAVE_DELAY_MS);
    if (previewTimer.current) clearTimeout(previewTimer.current);
    previewTimer.current = setTimeout(refreshPreview, 400);
  };

  useEffect(() => {
    refreshPreview();
  }, [refreshPreview]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  useEffect(
    () => () => {
      if (autosaveTimer.current) clearTimeout(autosaveTimer.current);
    },
    [],
  );

  const selectedAuthors = new Set(
    (state.values?.authorIds ?? article?.authorIds.join(",") ?? "").split(",").filter(Boolean),
  );
  const pinned = (state.values?.pinned ?? article?.pinnedRelatedIds.join(",") ?? "").split(",");

  return (
    <form
      ref={formRef}
      action={formAction}
      onChange={onChange}
      onSubmit={(event) => {
        if (checkHeroImage()) {
          event.preventDefault();
          heroImageInput.current?.focus();
          return;
        }
        if (autosaveTimer.current) clearTimeout(autosaveTimer.current);
        // A save clicked while an autosave is on its way would name the old version and be refused as a
        // conflict with the editor's own autosave: wait for it, then submit with the new version.
        const pendingAutosave = autosaveInFlight.current;
        if (pendingAutosave) {
          event.preventDefault();
          const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLElement | null;
          void pendingAutosave.then(() => formRef.current?.requestSubmit(submitter ?? undefined));
          return;
        }
        setDirty(false);
      }}
      className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]"
      encType="multipart/form-data"
      noValidate
    >
      {article && <input type="hidden" name="articleId" value={article.id} />}
      <input ref={versionInput} type="hidden" name="version" value={version} />
      <input type="hidden" name="hasHeroImage" value={article?.heroImageUrl ? "true" : "false"} />

      <div className="flex min-w-0 flex-col gap-5">
        {(formMessage || autosave.kind === "error") && (
          <p role="alert" className="rounded-sm border border-danger p-3 text-sm text-danger">
            {formMessage ?? autosave.text}
          </p>
        )}
        <div className="flex flex-col gap-1">
          <label htmlFor="title" className="text-sm font-semibold">
            Headline
          </label>
          <input
            id="title"
            name="title"
            required
            defaultValue={v("title", article?.title ?? "")}
            aria-invalid={!!error("title")}
            aria-describedby={describedBy("title")}
            className={`${inputClass} font-serif text-xl`}
          />
          <FieldError id="title-error" message={error("title")} />
        </div>
        <PrimaryActions article={article} canPublish={canPublish} pending={pending} status={status} />
        <div className="flex flex-col gap-1">
          <label htmlFor="dek" className="text-sm font-semibold">
            Dek
          </label>
          <input
            id="dek"
            name="dek"
            defaultValue={v("dek", article?.dek ?? "")}
            aria-invalid={!!error("dek")}
            aria-describedby={describedBy("dek")}
            className={inputClass}
          />
          <FieldError id="dek-error" message={error("dek")} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="slug" className="text-sm font-semibold">
            Slug
          </label>
          <input
            id="slug"
            name="slug"
            defaultValue={v("slug", article?.slug ?? "")}
            aria-invalid={!!error("slug")}
            aria-describedby={`slug-hint ${describedBy("slug") ?? ""}`}
            className={`${inputClass} font-mono text-sm`}
          />
          <p id="slug-hint" className="text-xs text-muted">
            Leave empty to make one from the headline. Spaces and accents are normalised; a changed slug keeps
            the old URL working.
          </p>
          <FieldError id="slug-error" message={error("slug")} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="body" className="text-sm font-semibold">
            Body (Markdown)
          </label>
          <textarea
            id="body"
            name="body"
            rows={18}
            defaultValue={v("body", article?.body ?? "")}
            aria-invalid={!!error("body")}
            aria-describedby={describedBy("body")}
            className={`${inputClass} font-mono text-sm`}
          />
          <FieldError id="body-error" message={error("body")} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="excerpt" className="text-sm font-semibold">
            Excerpt
          </label>
          <textarea
            id="excerpt"
            name="excerpt"
            rows={3}
            maxLength={400}
            defaultValue={v("excerpt", article?.excerpt ?? "")}
            aria-invalid={!!error("excerpt")}
            aria-describedby={`excerpt-hint ${describedBy("excerpt") ?? ""}`}
            className={inputClass}
          />
          <p id="excerpt-hint" className="text-xs text-muted">
            At most 300 characters. Shown on cards and in the related sidebar.
          </p>
          <FieldError id="excerpt-error" message={error("excerpt")} />
        </div>

        <HeroImageFieldset
          currentUrl={article?.heroImageUrl ?? null}
          stored={{ alt: article?.heroImageAlt ?? "", caption: article?.heroImageCaption ?? "" }}
          removeChecked={state.values?.removeHeroImage === "on"}
          fileInput={heroImageInput}
          onFileChange={checkHeroImage}
          fields={fields}
        />

        <div className="grid gap-4 sm:grid-cols-2">
          <div className="flex flex-col gap-1">
            <label htmlFor="sectionId" className="text-sm font-semibold">
              Section
            </label>
            <select
              // A new key after a failed save: a form reset would otherwise put back the first option.
              key={v("sectionId", article?.sectionId ?? "")}
              id="sectionId"
              name="sectionId"
              defaultValue={v("sectionId", article?.sectionId ?? "")}
              aria-invalid={!!error("sectionId")}
              aria-describedby={describedBy("sectionId")}
              className={inputClass}
            >
              <option value="">Choose…</option>
              {sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <FieldError id="sectionId-error" message={error("sectionId")} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="sourceId" className="text-sm font-semibold">
              Source outlet
            </label>
            <select
              // A new key after a failed save: a form reset would otherwise put back the first option.
              key={v("sourceId", article?.sourceId ?? "")}
              id="sourceId"
              name="sourceId"
              defaultValue={v("sourceId", article?.sourceId ?? "")}
              aria-invalid={!!error("sourceId")}
              aria-describedby={describedBy("sourceId")}
              className={inputClass}
            >
              <option value="">Choose…</option>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <FieldError id="sourceId-error" message={error("sourceId")} />
          </div>
        </div>

        <fieldset
          className="flex min-w-0 flex-col gap-2"
          aria-describedby={describedBy("authorIds")}
          data-invalid={error("authorIds") ? true : undefined}
        >
          <legend className="text-sm font-semibold">Authors</legend>
          <div className="grid max-h-40 grid-cols-2 gap-1 overflow-y-auto rounded-sm border border-rule p-2 text-sm">
            {authors.map((a) => (
              <label key={a.id} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="authorIds"
                  value={a.id}
                  defaultChecked={selectedAuthors.has(a.id)}
                />{" "}
                {a.name}
              </label>
            ))}
          </div>
          <FieldError id="authorIds-error" message={error("authorIds")} />
        </fieldset>

        <div className="flex flex-col gap-1">
          <label htmlFor="tags" className="text-sm font-semibold">
            Hashtags
          </label>
          <input
            id="tags"
            name="tags"
            defaultValue={v("tags", article?.tags.join(", ") ?? "")}
            aria-describedby="tags-hint"
            className={inputClass}
          />
          <p id="tags-hint" className="text-xs text-muted">
            Comma-separated. New hashtags are created as you save.
          </p>
        </div>

        <fieldset className="flex min-w-0 flex-col gap-2">
          <legend className="text-sm font-semibold">Pinned related articles (up to 3)</legend>
          {[0, 1, 2].map((index) => (
            <select
              key={`${index}-${pinned[index] ?? ""}`}
              name={`pinned${index + 1}`}
              aria-label={`Pinned related article ${index + 1}`}
              defaultValue={pinned[index] ?? ""}
              className={inputClass}
            >
              <option value="">None</option>
              {recent.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.title}
                </option>
              ))}
            </select>
          ))}
        </fieldset>

        <fieldset className="grid min-w-0 gap-3 rounded-sm border border-rule p-4 sm:grid-cols-2">
          <legend className="px-1 text-sm font-semibold">Search and sharing</legend>
          <div className="flex flex-col gap-1">
            <label htmlFor="seoTitle" className="text-sm font-semibold">
              SEO title
            </label>
            <input
              id="seoTitle"
              name="seoTitle"
              defaultValue={v("seoTitle", article?.seoTitle ?? "")}
              className={inputClass}
            />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="seoDescription" className="text-sm font-semibold">
              SEO description
            </label>
            <input
              id="seoDescription"
              name="seoDescription"
              defaultValue={v("seoDescription", article?.seoDescription ?? "")}
              className={inputClass}
            />
          </div>
          <div className="flex flex-col gap-1 sm:col-span-2">
            <label htmlFor="canonicalUrl" className="text-sm font-semibold">
              Canonical URL
            </label>
            <input
              id="canonicalUrl"
              name="canonicalUrl"
              type="url"
              defaultValue={v("canonicalUrl", article?.canonicalUrl ?? "")}
              aria-invalid={!!error("canonicalUrl")}
              aria-describedby={describedBy("canonicalUrl")}
              className={inputClass}
            />
            <FieldError id="canonicalUrl-error" message={error("canonicalUrl")} />
          </div>
        </fieldset>

        <div className="flex flex-wrap items-end gap-6">
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="commentsOpen"
              defaultChecked={
                state.values ? state.values.commentsOpen === "on" : (article?.commentsOpen ?? true)
              }
            />{" "}
            Comments open
          </label>
          {canPublish && (
            <>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="isLead"
                  defaultChecked={state.values ? state.values.isLead === "on" : (article?.isLead ?? false)}
                />{" "}
                Lead story
              </label>
              <div className="flex flex-col gap-1">
                <label htmlFor="leadOrder" className="text-sm font-semibold">
                  Lead order
                </label>
                <input
                  id="leadOrder"
                  name="leadOrder"
                  type="number"
                  min={0}
                  max={99}
                  defaultValue={v("leadOrder", String(article?.leadOrder ?? 0))}
                  aria-invalid={!!error("leadOrder")}
                  aria-describedby={describedBy("leadOrder")}
                  className={`${inputClass} w-24`}
                />
                <FieldError id="leadOrder-error" message={error("leadOrder")} />
              </div>
            </>
          )}
          {!canPublish && <input type="hidden" name="leadOrder" value={article?.leadOrder ?? 0} />}
        </div>

        <div className="flex flex-col gap-1">
          <label htmlFor="note" className="text-sm font-semibold">
            Revision note
          </label>
          <input
            id="note"
            name="note"
            placeholder="What changed? (optional)"
            defaultValue={v("note", "")}
            className={inputClass}
          />
        </div>

        {canPublish && <PublishingActions article={article} pending={pending} fields={fields} />}
      </div>

      <section aria-labelledby="preview-heading" className="min-w-0">
        <h2 id="preview-heading" className="mb-2 text-sm font-bold uppercase tracking-widest text-muted">
          Live preview
        </h2>
        {previewHtml === null ? (
          <p className="text-sm text-muted">
            The preview appears here as you type (needs JavaScript). Use the preview link to see the whole
            page.
          </p>
        ) : (
          <div
            className="prose-article rounded-sm border border-rule p-4"
            dangerouslySetInnerHTML={{ __html: previewHtml }}
          />
        )}
      </section>
    </form>
  );
}
