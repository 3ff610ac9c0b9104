package org.legalaid.intake;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * What is still to be done for an application whose aid started early (先行提供, LAL art. 44:
 * "法律援助机构应当先行提供法律援助，之后再补办有关手续").
 *
 * @param acceptance the application is not yet accepted
 * @param documents  required materials not yet received
 * @param decision   no grant decision yet
 */
public record FormalitiesOwed(boolean acceptance, Set<SupportingDocument> documents, boolean decision) implements Serializable {

    public FormalitiesOwed {
        documents = documents.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(documents));
    }

    public boolean isEmpty() {
        return !acceptance && documents.isEmpty() && !decision;
    }
}
