package dev.eventrecords.kafka.avro;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP/1.1 server on the loopback interface that answers each request with the next scripted response and records
 * what it was sent: for what a real registry cannot be made to do on demand (fail with a 503, never answer) and for
 * what travels on the wire (the {@code Authorization} header). Not a registry: the registry's behaviour is tested
 * against Apicurio.
 */
final class ScriptedHttpServer implements AutoCloseable {

    /** A response; {@code status} 0 never answers, holding the connection open. */
    record Response(int status, String body) {}

    /** A request as received: its request line and its headers, names lower-cased. */
    record Request(String line, List<String> headers) {

        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream()
                    .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).trim())
                    .findFirst()
                    .orElse(null);
        }
    }

    private final ServerSocket socket;
    private final Deque<Response> script;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Thread thread;

    ScriptedHttpServer(Response... responses) {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        script = new ArrayDeque<>(List.of(responses));
        thread = new Thread(this::serve, "scripted-http-server");
        thread.setDaemon(true);
        thread.start();
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                InputStream in = connection.getInputStream();
                List<String> head = head(in);
                if (head.isEmpty()) {
                    continue;
                }
                Request request = new Request(head.get(0), head.subList(1, head.size()));
                String length = request.header("content-length");
                if (length != null) {
                    in.readNBytes(Integer.parseInt(length));
                }
                requests.add(request);
                Response response;
                synchronized (script) {
                    response =
                            script.isEmpty() ? new Response(500, "{\"message\":\"no more responses\"}") : script.poll();
                }
                if (response.status() == 0) {
                    Thread.sleep(60_000);
                    continue;
                }
                byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
                OutputStream out = connection.getOutputStream();
                out.write(("HTTP/1.1 " + response.status() + " Scripted\r\nContent-Type: application/json\r\n"
                                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            } catch (IOException | InterruptedException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private static List<String> head(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        List<String> lines = new java.util.ArrayList<>();
        int previous = -1;
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (previous == '\r' && b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                text = text.substring(0, text.length() - 1);
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
                line.reset();
            } else {
                line.write(b);
            }
            previous = b;
        }
        return lines;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread.interrupt();
    }
}
