import { PlaceholderPage } from './PlaceholderPage';

/** The kesenjangan view (issue 4). Placeholder until the view is built. */
export function KesenjanganPage() {
  return <PlaceholderPage page="kesenjangan" />;
}
