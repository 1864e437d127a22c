package io.twinbench.ui.graph;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import io.twinbench.model.query.DependencyDirection;
import io.twinbench.ui.graph.figures.KindStyle;
import io.twinbench.ui.graph.internal.DependencyAnswer;

/**
 * The last dependency question and its answer, listed until the next question: each element
 * with the edge that led to it. A double-click shows the element in the graph; Clear ends the
 * answer's highlight. The line under the question says which way each edge type is read.
 */
public final class DependencyAnswerView extends ViewPart {

    public static final String ID = "io.twinbench.ui.graph.answer";

    private Label question;
    private TableViewer table;
    private TwinGraphEditor editor;
    private DependencyAnswer answer;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        question = new Label(parent, SWT.WRAP);
        question.setLayoutData(io.twinbench.ui.views.WrappingLayout.cell());
        question.setText("Right-click a node in a twin's graph and ask what depends on it, what it depends on, or how two nodes connect.");
        Button clear = new Button(parent, SWT.PUSH);
        clear.setText("Clear");
        clear.setToolTipText("Stop dimming the rest of the graph");
        clear.addListener(SWT.Selection, e -> {
            if (editor != null && editor.answer() == answer) {
                editor.clearAnswer();
            }
        });
        Label rules = new Label(parent, SWT.WRAP);
        GridData rulesData = io.twinbench.ui.views.WrappingLayout.cell();
        rulesData.horizontalSpan = 2;
        rules.setLayoutData(rulesData);
        rules.setText("Edges read \"A type B\" as A depends on B (a process part of a service depends on it), except that a port depends on the process listening on it. Hover for every type.");
        rules.setToolTipText(DependencyDirection.explanation());
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("Element", 220, l -> l.element().getName());
        column("Kind", 110, l -> KindStyle.label(l.element().kind()));
        column("Reached by", 300, DependencyAnswer.Line::how);
        column("Id", 220, l -> l.element().getId());
        table.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof DependencyAnswer.Line line && editor != null) {
                getSite().getPage().activate(editor);
                editor.reveal(line.element());
            }
        });
    }

    private void column(String title, int width, java.util.function.Function<DependencyAnswer.Line, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((DependencyAnswer.Line) element);
            }
        });
    }

    /** Shows an answer from a graph editor; it stays until the next. */
    public void show(TwinGraphEditor from, DependencyAnswer shown) {
        editor = from;
        answer = shown;
        question.setText(shown.question() + " (in " + from.twin().getName() + ")");
        table.setInput(shown.lines());
        question.getParent().layout(true, true);
    }

    /** The question line and the listed element ids, for tests. */
    public String questionText() {
        return question.getText();
    }

    public java.util.List<String> listedIds() {
        return answer == null ? java.util.List.of() : answer.lines().stream().map(l -> l.element().getId()).toList();
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
