import { getImageProps } from "next/image";
import { preload } from "react-dom";

type Props = {
  src: string;
  alt: string;
  width: number;
  height: number;
  sizes: string;
  className?: string;
  /** The page's main image: fetched first, never lazily, and preloaded from the head. */
  priority?: boolean;
};

/**
 * An `<img>` with next/image's resized, responsive sources, rendered on the server. `<Image>` is a client
 * component (placeholders, load callbacks), and none of that is used here, so it only added its ~6 KB of script
 * to every reading page (docs/benchmarks.md). Same markup, same optimiser URLs, no client code.
 */
export function ResponsiveImage({ priority = false, ...image }: Props) {
  const { props } = getImageProps({ ...image, preload: priority });
  if (priority) {
    preload(props.src, {
      as: "image",
      imageSrcSet: props.srcSet,
      imageSizes: props.sizes,
      fetchPriority: "high",
    });
  }
  // eslint-disable-next-line @next/next/no-img-element -- this is next/image's own markup, from getImageProps
  return <img {...props} alt={image.alt} fetchPriority={priority ? "high" : undefined} />;
}
