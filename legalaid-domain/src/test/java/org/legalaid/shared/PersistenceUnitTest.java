package org.legalaid.shared;

import jakarta.persistence.Entity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@DisplayName("persistence.xml lists every entity (EclipseLink cannot scan WildFly's VFS)")
class PersistenceUnitTest {

    @Test
    void everyEntityClassIsListed() throws IOException, URISyntaxException {
        String xml;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // target/classes: the folder that holds META-INF/persistence.xml
        Path classes = Path.of(PersistenceUnitTest.class.getResource("/META-INF/persistence.xml").toURI()).getParent().getParent();
        List<String> entities;
        try (Stream<Path> files = Files.walk(classes)) {
            entities = files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(name -> !name.contains("$"))
                    .filter(PersistenceUnitTest::isEntity)
                    .toList();
        }
        assertFalse(entities.isEmpty());
        List<String> missing = entities.stream().filter(e -> !xml.contains("<class>" + e + "</class>")).toList();
        assertEquals(List.of(), missing, "entities missing from persistence.xml");
    }

    private static boolean isEntity(String className) {
        try {
            return Class.forName(className, false, PersistenceUnitTest.class.getClassLoader()).isAnnotationPresent(Entity.class);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
