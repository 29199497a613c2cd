import { PlaceholderPage } from './PlaceholderPage';

/** The pengangguran view (issue 4). Placeholder until the view is built. */
export function PengangguranPage() {
  return <PlaceholderPage page="pengangguran" />;
}
