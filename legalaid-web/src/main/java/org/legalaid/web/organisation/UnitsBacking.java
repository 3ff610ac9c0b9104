package org.legalaid.web.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.legalaid.organisation.NewUnit;
import org.legalaid.organisation.OrgUnit;
import org.legalaid.organisation.UnitType;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.web.i18n.Actions;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The organisation tree screen: browse, add a sub-unit, rename, move, deactivate. */
@Named
@ViewScoped
public class UnitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisation;

    private TreeNode<OrgUnit> root;
    private List<OrgUnit> units;
    private TreeNode<OrgUnit> selectedNode;
    private OrgUnit selected;
    private String newName;
    /** The district the selected unit serves, as the administrator sets it ("" for none). */
    private String newRegion;
    private Long moveTargetId;
    private NewUnit form = new NewUnit();

    @PostConstruct
    void load() {
        Long keep = selected == null ? null : selected.id();
        units = organisation.findUnitsInScope();
        root = new DefaultTreeNode<>("root", null, null);
        Map<Long, TreeNode<OrgUnit>> nodes = new HashMap<>();
        for (OrgUnit u : units) {
            TreeNode<OrgUnit> parentNode = u.getParentId() == null ? root : nodes.getOrDefault(u.getParentId(), root);
            TreeNode<OrgUnit> node = new DefaultTreeNode<>(u, parentNode);
            node.setExpanded(u.depth() < 2 || u.depth() - (units.isEmpty() ? 0 : units.get(0).depth()) < 2);
            nodes.put(u.id(), node);
            if (u.id().equals(keep)) {
                node.setSelected(true);
                selectedNode = node;
                selected = u;
            }
        }
        if (keep == null) {
            selected = null;
            selectedNode = null;
        }
    }

    public void onSelect() {
        selected = selectedNode == null ? null : selectedNode.getData();
        newName = selected == null ? null : selected.getName();
        newRegion = selected == null || selected.getRegionCode() == null ? "" : selected.getRegionCode();
        moveTargetId = null;
    }

    public void prepareAdd() {
        form = new NewUnit();
        form.setParentId(selected == null ? null : selected.id());
        List<UnitType> types = getTypesForNewUnit();
        form.setType(types.isEmpty() ? null : types.get(0));
    }

    public void add() {
        Actions.attempt(() -> organisation.addUnit(form), "units.created", form.getCode()).ifPresent(u -> {
            selected = u;
            load();
            org.primefaces.PrimeFaces.current().executeScript("PF('addUnitDialog').hide()");
        });
    }

    public void rename() {
        Actions.attempt(() -> organisation.renameUnit(selected.id(), newName, selected.getVersion()), "units.renamed")
                .ifPresent(u -> {
                    selected = u;
                    load();
                });
    }

    /** Sets or clears the district the selected unit serves (issue 21: its notices belong to it). */
    public void changeRegion() {
        Actions.attempt(() -> organisation.changeUnitRegion(selected.id(), newRegion, selected.getVersion()), "units.regionChanged")
                .ifPresent(u -> {
                    selected = u;
                    load();
                });
    }

    public String getNewRegion() {
        return newRegion;
    }

    public void setNewRegion(String newRegion) {
        this.newRegion = newRegion;
    }

    public void move() {
        if (moveTargetId == null) {
            return;
        }
        Actions.attempt(() -> organisation.moveUnit(selected.id(), moveTargetId), "units.moved").ifPresent(u -> {
            selected = u;
            load();
        });
    }

    public void deactivate() {
        Actions.attempt(() -> organisation.deactivateUnit(selected.id()), "units.deactivated", selected.getCode())
                .ifPresent(u -> {
                    selected = u;
                    load();
                });
    }

    /** Types a new unit under the selected unit may have. */
    public List<UnitType> getTypesForNewUnit() {
        UnitType parentType = selected == null ? null : selected.getType();
        return Arrays.stream(UnitType.values())
                .filter(t -> parentType == null ? t.isRoot() : t.allowedParents().contains(parentType))
                .toList();
    }

    /** Active units the selected unit could move under (the service re-checks every rule). */
    public List<OrgUnit> getMoveTargets() {
        if (selected == null) {
            return List.of();
        }
        return units.stream()
                .filter(OrgUnit::isActive)
                .filter(u -> !u.isWithin(selected))
                .filter(u -> selected.getType().allowedParents().contains(u.getType()))
                .filter(u -> !u.id().equals(selected.getParentId()))
                .toList();
    }

    public TreeNode<OrgUnit> getRoot() {
        return root;
    }

    public TreeNode<OrgUnit> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<OrgUnit> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public OrgUnit getSelected() {
        return selected;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public Long getMoveTargetId() {
        return moveTargetId;
    }

    public void setMoveTargetId(Long moveTargetId) {
        this.moveTargetId = moveTargetId;
    }

    public NewUnit getForm() {
        return form;
    }

    public List<OrgUnit> getUnits() {
        return units;
    }
}
