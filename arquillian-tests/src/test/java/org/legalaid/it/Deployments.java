package org.legalaid.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The deployments of the integration tests: always the real EAR that the build produced. For
 * in-container tests the test classes are added to its WAR; client-side tests deploy it as is.
 */
public final class Deployments {

    private static final String WAR = "legalaid-web.war";
    private static final String RUNNER_OPEN = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <name>it_runner_open</name>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>arquillian test runner</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9/*</url-pattern>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-fragment>
            """;

    private Deployments() {
    }

    private static File earFile() {
        File reactor = new File(System.getProperty("legalaid.ear.reactor", "../legalaid-ear/target/legalaid.ear"));
        return reactor.isFile() ? reactor : new File(System.getProperty("legalaid.ear"));
    }

    /** The EAR exactly as administrators deploy it. */
    public static EnterpriseArchive asBuilt() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile());
    }

    /**
     * The EAR with the given test classes (and the in-container helpers) added to its WAR. The
     * WAR may use Elytron's API so that {@link As} can run a call as a given user.
     */
    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        EnterpriseArchive ear = asBuilt();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addClasses(testClasses);
        war.addClasses(As.class, Fixtures.class, Fixtures.Tree.class, TestPasswords.class);
        war.addAsManifestResource(new StringAsset("Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron-base,org.postgresql\n"),
                "MANIFEST.MF");
        // The application protects every path; the Arquillian test runner servlet must stay
        // reachable without a login (the tests choose their identity through As).
        war.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "it-runner-open.jar")
                .addAsManifestResource(new StringAsset(RUNNER_OPEN), "web-fragment.xml"));
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }
}
