package org.legalaid.web;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every page, tag file and descriptor of the web application is well-formed XML. Facelets refuses
 * a broken page only when it is first opened, and a broken tag library or faces-config stops the
 * whole deployment with a message that names no file; this test names it at build time.
 */
class WebappXmlTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    @Test
    void everyPageTagFileAndDescriptorIsWellFormed() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(WEBAPP)) {
            files = walk.filter(p -> p.toString().endsWith(".xhtml") || p.toString().endsWith(".xml")).toList();
        }
        assertFalse(files.isEmpty(), "no pages found under " + WEBAPP.toAbsolutePath());
        List<String> broken = new ArrayList<>();
        for (Path f : files) {
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            try {
                builder.parse(f.toFile());
            } catch (SAXException | IOException e) {
                broken.add(WEBAPP.relativize(f) + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), broken);
    }
}
