import { PlaceholderPage } from './PlaceholderPage';

/** The irisanKemiskinan view (issue 4). Placeholder until the view is built. */
export function IrisanKemiskinanPage() {
  return <PlaceholderPage page="irisanKemiskinan" />;
}
