package org.legalaid.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The text files directly in a folder of the class path, whether it is a directory (a module built
 * in the same reactor) or inside a jar (a module from the local repository).
 */
final class ClasspathFolder {

    private ClasspathFolder() {
    }

    /** File name to content, of every file directly in {@code folder} on the class path. */
    static Map<String, String> read(String folder) {
        Map<String, String> files = new TreeMap<>();
        try {
            for (URL url : Collections.list(ClasspathFolder.class.getClassLoader().getResources(folder))) {
                if (url.getProtocol().equals("file")) {
                    try (Stream<Path> list = Files.list(Path.of(url.toURI()))) {
                        for (Path p : list.filter(Files::isRegularFile).toList()) {
                            files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
                        }
                    }
                } else if (url.getProtocol().equals("jar")) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        String prefix = folder.endsWith("/") ? folder : folder + "/";
                        for (JarEntry e : Collections.list(jar.entries())) {
                            String rest = e.getName().startsWith(prefix) ? e.getName().substring(prefix.length()) : null;
                            if (rest != null && !rest.isEmpty() && !rest.contains("/") && !e.isDirectory()) {
                                try (InputStream in = jar.getInputStream(e)) {
                                    files.put(rest, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                                }
                            }
                        }
                    }
                } else {
                    throw new IllegalStateException("cannot list " + url);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
