import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-slate-600">There is nothing at this address.</p>
      <Link href="/" className="text-blue-700 hover:underline">Back to the claims</Link>
    </div>
  );
}
