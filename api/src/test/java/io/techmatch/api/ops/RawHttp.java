package io.techmatch.api.ops;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 over a plain socket, for request lines that java.net.http refuses to build. */
final class RawHttp {
    private RawHttp() {
    }

    /** Sends the target as is (bytes of its UTF-8 form); returns {status, content type, body}. */
    static String[] get(String host, int port, String target, String key) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nX-API-Key: " + key
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            String response = buffer.toString(StandardCharsets.UTF_8);
            int headerEnd = response.indexOf("\r\n\r\n");
            String head = headerEnd < 0 ? response : response.substring(0, headerEnd);
            String status = head.length() >= 12 ? head.substring(9, 12) : "0";
            String contentType = "";
            for (String line : head.split("\r\n")) {
                if (line.regionMatches(true, 0, "Content-Type:", 0, 13)) {
                    contentType = line.substring(13).strip();
                }
            }
            return new String[] {status, contentType, headerEnd < 0 ? "" : response.substring(headerEnd + 4)};
        }
    }
}
