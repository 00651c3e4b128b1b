package org.patternboard.exporters.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.logging.Level;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * An XHTML document as PDF (openhtmltopdf on PDFBox), with inline SVG drawn as vector paths by Batik. Nothing is
 * loaded from outside the document: every external resource (URL, file, font) is refused. The output is
 * deterministic: producer, dates and the document id come from the arguments and the content, not the clock.
 */
public final class HtmlPdf {
    /** Held, so the level set on it is not lost when java.util.logging drops an unreferenced logger. */
    private static final java.util.logging.Logger PDFBOX_FONTS = java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.font");

    static {
        // PDFBox says on every run which system font stands in for Symbol and ZapfDingbats; the report uses neither
        PDFBOX_FONTS.setLevel(Level.SEVERE);
        // openhtmltopdf logs timings and CSS notes to the console; warnings still reach the diagnostics below
        XRLog.setLoggerImpl(new XRLogger() {
            @Override
            public void log(String where, Level level, String msg) {
            }

            @Override
            public void log(String where, Level level, String msg, Throwable th) {
            }

            @Override
            public void setLevel(String logger, Level level) {
            }

            @Override
            public boolean isLogLevelEnabled(Diagnostic d) {
                return d.getLevel().intValue() >= Level.WARNING.intValue();
            }
        });
    }

    private HtmlPdf() {
    }

    /**
     * @param xhtml a well-formed XHTML document
     * @param title the PDF's title
     * @param producer who made it ("Patternboard 0.1.0")
     * @param date its creation date (midnight UTC)
     */
    public static byte[] render(String xhtml, String title, String producer, LocalDate date) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, null);
        builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer(producer);
        embedFonts(builder);
        List<String> problems = new ArrayList<>();
        builder.withDiagnosticConsumer(d -> {
            // a drawing that fails is dropped silently by the renderer; a PDF without its diagram is wrong
            if (d.getLevel().intValue() >= Level.WARNING.intValue() && d.getLogMessageId().toString().contains("SVG")) {
                problems.add(d.getFormattedMessage() + (d.hasError() ? ": " + d.getError() : ""));
            }
        });
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            PDDocument doc = renderer.createPDFKeepOpen();
            if (!problems.isEmpty()) {
                doc.close();
                throw new IllegalStateException("cannot draw the diagram into the PDF: " + problems.get(0));
            }
            stamp(doc, title, producer, date, xhtml);
            ByteArrayOutputStream saved = new ByteArrayOutputStream(64 * 1024);
            doc.save(saved);
            doc.close();
            return saved.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the PDF: " + e.getMessage(), e);
        }
    }

    /**
     * DejaVu (shipped in the jar): the PDF's standard fonts cover Latin-1 only, so a name like "Ω-Service" would
     * print as "#". Embedded as subsets, so a report carries just the glyphs it uses.
     */
    private static void embedFonts(PdfRendererBuilder builder) {
        font(builder, "DejaVuSans.ttf", "DejaVu Sans", 400);
        font(builder, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700);
        font(builder, "DejaVuSansMono.ttf", "DejaVu Sans Mono", 400);
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
        String resource = "patternboard/fonts/" + file;
        builder.useFont(() -> {
            java.io.InputStream in = HtmlPdf.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return in;
        }, family, weight, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
    }

    private static void stamp(PDDocument doc, String title, String producer, LocalDate date, String content) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setProducer(producer);
        info.setCreator(producer);
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        when.clear();
        when.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        info.setCreationDate(when);
        info.setModificationDate(when);
        // Without an id PDFBox makes one from the clock; one from the content keeps the bytes stable.
        byte[] id = md5(content + "\u0000" + title + "\u0000" + date);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] md5(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
