import { Link } from 'react-router';
import { PageHeader } from '../../ui/page-header';

/** An item's address (editor or history) that names no item of this portfolio. */
export function ItemNotFound({ listPath }: { listPath: string }) {
  return (
    <>
      <PageHeader title="Evidence not found" />
      <p>
        This portfolio has no evidence item at this address; it may have been deleted. <Link to={listPath}>Go to the evidence list</Link>.
      </p>
    </>
  );
}
