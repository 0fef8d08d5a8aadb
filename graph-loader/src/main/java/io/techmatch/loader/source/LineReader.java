package io.techmatch.loader.source;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file line by line as bytes and decodes each line as strict UTF-8, so that one GBK line becomes one
 * reject instead of silently garbled text or a failed file.
 */
final class LineReader implements Closeable {
    /** One line: its 1-based number, its text ({@code null} when it is not valid UTF-8) and its size in bytes. */
    record Line(long number, String text, int bytes) {
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream(1024);
    // Own buffer scanned for '\n': BufferedInputStream.read() per byte is a synchronized call per byte, which
    // was a quarter of the loader's client-side time in a profile of a 100k-patent load.
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int limit;
    private long number;

    LineReader(Path file) throws IOException {
        this.in = Files.newInputStream(file);
    }

    /** The next line, or {@code null} at the end of the file. */
    Line next() throws IOException {
        buf.reset();
        int size = 0;
        boolean newline = false;
        while (!newline) {
            if (pos == limit) {
                limit = Math.max(0, in.read(chunk, 0, chunk.length));
                pos = 0;
                if (limit == 0) {
                    break;
                }
            }
            int start = pos;
            while (pos < limit && chunk[pos] != '\n') {
                pos++;
            }
            buf.write(chunk, start, pos - start);
            size += pos - start;
            if (pos < limit) {
                pos++;
                size++;
                newline = true;
            }
        }
        if (!newline && size == 0) {
            return null;
        }
        number++;
        byte[] bytes = buf.toByteArray();
        int start = number == 1 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int end = bytes.length > start && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
            return new Line(number, text, size);
        } catch (CharacterCodingException e) {
            return new Line(number, null, size);
        }
    }

    /**
     * The next CSV record: a line, joined with the following ones while a quoted field is open (an odd number of
     * quotes), so fields may hold line breaks. Numbered by its first line.
     */
    Line nextCsvRecord() throws IOException {
        Line first = next();
        if (first == null || first.text() == null || quotes(first.text()) % 2 == 0) {
            return first;
        }
        StringBuilder text = new StringBuilder(first.text());
        int bytes = first.bytes();
        long quoteCount = quotes(first.text());
        while (quoteCount % 2 == 1) {
            Line more = next();
            if (more == null || more.text() == null) {
                break; // unterminated: the CSV parser reports it
            }
            text.append('\n').append(more.text());
            bytes += more.bytes();
            quoteCount += quotes(more.text());
        }
        return new Line(first.number(), text.toString(), bytes);
    }

    private static long quotes(String text) {
        return text.chars().filter(c -> c == '"').count();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
