// Turns a formatter's chunks into a web ReadableStream of UTF-8 bytes, pulling the next
// chunk only when the reader wants more (so a slow client slows the database reads, not
// the server's memory) and stopping the generator, and its queries, if the reader cancels.
export function toByteStream(chunks: AsyncIterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await chunks.next();
          if (done) controller.close();
          else controller.enqueue(encoder.encode(value));
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await chunks.return?.(undefined);
      },
    },
    { highWaterMark: 0 },
  );
}
