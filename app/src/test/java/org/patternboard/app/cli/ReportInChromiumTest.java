package org.patternboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of every shipped sample in a real browser (headless Chromium): it renders (a screenshot of the
 * expected size, not blank, with the score bars painted) and it makes no network request (every request would have
 * to go through a local proxy that records them; a page that does load something proves the proxy sees it).
 * Chromium missing fails the test (the README lists it among what {@code mvn verify} needs).
 */
class ReportInChromiumTest {
    static final Path SAMPLES = Path.of("../samples/src/main/resources/patternboard/samples");

    @TempDir
    static Path dir;

    static String chromium;

    @BeforeAll
    static void findChromium() {
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (!p.isEmpty() && Files.isExecutable(Path.of(p, name))) {
                    chromium = Path.of(p, name).toString();
                    return;
                }
            }
        }
        // a report that was never rendered in a browser is not proven: missing Chromium fails, it never skips
        throw new AssertionError("chromium is not on the PATH: install it (apt-get install chromium; .ci/run does)");
    }

    @Test
    void everySampleReportRendersInChromium() throws Exception {
        for (Path sample : samples()) {
            Path html = report(sample);
            Path png = dir.resolve(html.getFileName() + ".png");
            run(List.of("--screenshot=" + png, "--window-size=1280,2000", html.toUri().toString()), 0);
            BufferedImage img = ImageIO.read(png.toFile());
            assertThat(img).as("screenshot of %s", sample).isNotNull();
            assertThat(img.getWidth()).isEqualTo(1280);
            assertThat(img.getHeight()).isEqualTo(2000);
            Set<Integer> colours = new HashSet<>();
            int nonWhite = 0;
            int scoreBar = 0;
            for (int y = 0; y < img.getHeight(); y += 2) {
                for (int x = 0; x < img.getWidth(); x += 2) {
                    int rgb = img.getRGB(x, y) & 0xFFFFFF;
                    colours.add(rgb);
                    if (rgb != 0xFFFFFF) {
                        nonWhite++;
                    }
                    if (close(rgb, 0x12B76A)) {
                        scoreBar++;
                    }
                }
            }
            assertThat(colours.size()).as("distinct colours (a blank page has one)").isGreaterThan(200);
            assertThat(nonWhite).as("painted pixels").isGreaterThan(img.getWidth() * img.getHeight() / 4 / 20);
            assertThat(scoreBar).as("pixels of the green score bars").isGreaterThan(100);
        }
    }

    @Test
    void theReportMakesNoNetworkRequest() throws Exception {
        for (Path sample : samples()) {
            Path html = report(sample);
            assertThat(requestsWhileLoading(html)).as("requests made while loading the report of %s", sample).isEmpty();
            String page = Files.readString(html);
            assertThat(page).doesNotContainPattern("(?i)(src|srcset|xlink:href)\\s*=\\s*\"\\s*(https?:)?//")
                    .doesNotContainPattern("(?i)url\\(\\s*['\"]?\\s*(https?:)?//")
                    .doesNotContainPattern("(?i)<(link|script|img|iframe|object|embed)\\b").doesNotContain("@import");
        }
        // the probe itself: a page that loads an image does reach the proxy
        Path loads = dir.resolve("loads.html");
        Files.writeString(loads, "<!DOCTYPE html><html><body><img src=\"http://images.example.test/x.png\"/></body></html>",
                StandardCharsets.UTF_8);
        assertThat(requestsWhileLoading(loads)).as("requests of a page with a remote image")
                .anyMatch(h -> h.startsWith("images.example.test "));
    }

    /**
     * The hosts the page asked for while loading, through a local "proxy" that only records the request line.
     * Chromium itself talks to Google (network time, accounts, search preconnect) even for an empty page and in
     * spite of every --disable flag, and its component updater calls update.googleapis.com; those hosts are not
     * the page's and are left out (a report has no reason to ask any Google host).
     */
    private static List<String> requestsWhileLoading(Path html) throws Exception {
        List<String> hosts = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ServerSocket proxy = new ServerSocket(0)) {
            Thread accept = new Thread(() -> {
                while (!proxy.isClosed()) {
                    try (Socket s = proxy.accept()) {
                        s.setSoTimeout(2000);
                        String line = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                                StandardCharsets.ISO_8859_1)).readLine();
                        String host = host(line == null ? "" : line);
                        if (!BROWSER_OWN.matcher(host).find()) {
                            hosts.add(host + " (" + line + ")");
                        }
                    } catch (IOException e) {
                        if (proxy.isClosed()) {
                            return;
                        }
                    }
                }
            }, "report-test-proxy");
            accept.setDaemon(true);
            accept.start();
            run(List.of("--proxy-server=127.0.0.1:" + proxy.getLocalPort(), "--proxy-bypass-list=<-loopback>",
                    "--host-resolver-rules=MAP * 127.0.0.1", "--dump-dom", html.toUri().toString()), 0);
        }
        return List.copyOf(hosts);
    }

    private static final java.util.regex.Pattern BROWSER_OWN = java.util.regex.Pattern.compile("(^|\\.)google\\.com$|^update\\.googleapis\\.com$");

    /** "CONNECT host:443 HTTP/1.1" or "GET http://host/path HTTP/1.1" to the host. */
    static String host(String requestLine) {
        String[] parts = requestLine.split(" ");
        String target = parts.length > 1 ? parts[1] : requestLine;
        target = target.replaceFirst("^[a-z]+://", "");
        int end = target.length();
        for (char c : new char[] {'/', ':'}) {
            int i = target.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return target.substring(0, end);
    }

    private static List<Path> samples() throws IOException {
        try (var s = Files.list(SAMPLES)) {
            List<Path> list = s.filter(p -> p.toString().endsWith(".pboard.json")).sorted().toList();
            assertThat(list).isNotEmpty();
            return list;
        }
    }

    private static Path report(Path sample) {
        Path html = dir.resolve(sample.getFileName().toString().replace(".pboard.json", ".html"));
        if (!Files.exists(html)) {
            CliRun r = CliRun.of("report", sample.toString(), "--out", html.toString(), "--date", "2026-03-14");
            assertThat(r.exitCode()).as(r.err()).isZero();
        }
        return html;
    }

    private static void run(List<String> args, int expectedExit) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless=new", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-domain-reliability", "--user-data-dir=" + dir.resolve("profile")));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s: " + cmd);
        }
        assertThat(p.exitValue()).as("chromium exit code; log: %s", Files.readString(dir.resolve("chromium.log")))
                .isEqualTo(expectedExit);
    }

    private static boolean close(int rgb, int target) {
        return Math.abs((rgb >> 16 & 0xFF) - (target >> 16 & 0xFF)) < 12 && Math.abs((rgb >> 8 & 0xFF) - (target >> 8 & 0xFF)) < 12
                && Math.abs((rgb & 0xFF) - (target & 0xFF)) < 12;
    }
}
