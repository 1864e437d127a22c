package io.twinbench.ui.cases;

import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

import io.twinbench.cases.CaseEvent;

/** A timeline event's columns: time, endpoint, source, side, kind, process, what. */
final class EventLabels extends LabelProvider implements ITableLabelProvider {

    @Override
    public Image getColumnImage(Object element, int column) {
        return null;
    }

    @Override
    public String getColumnText(Object element, int column) {
        if (!(element instanceof CaseEvent e)) {
            return "";
        }
        return switch (column) {
            case 0 -> TimeText.full(e.micros());
            case 1 -> e.endpoint();
            case 2 -> e.source();
            case 3 -> e.side();
            case 4 -> e.kind();
            case 5 -> e.pid() == 0 ? e.process() : e.pid() + " " + e.process();
            default -> e.message().length() > 500 ? e.message().substring(0, 500) + "…" : e.message();
        };
    }
}
