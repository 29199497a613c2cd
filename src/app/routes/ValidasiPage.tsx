import { PlaceholderPage } from './PlaceholderPage';

/** The validasi view (issue 4). Placeholder until the view is built. */
export function ValidasiPage() {
  return <PlaceholderPage page="validasi" />;
}
