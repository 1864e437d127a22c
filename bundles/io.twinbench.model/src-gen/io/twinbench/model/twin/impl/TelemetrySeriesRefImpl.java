/**
 */
package io.twinbench.model.twin.impl;

import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.TelemetrySeriesRef;
import io.twinbench.model.twin.TwinPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Telemetry Series Ref</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.impl.TelemetrySeriesRefImpl#getMetric <em>Metric</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.TelemetrySeriesRefImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.TelemetrySeriesRefImpl#getSeriesKey <em>Series Key</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.TelemetrySeriesRefImpl#getElement <em>Element</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TelemetrySeriesRefImpl extends MinimalEObjectImpl.Container implements TelemetrySeriesRef {
	/**
	 * The default value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected static final String METRIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected String metric = METRIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeriesKey() <em>Series Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeriesKey()
	 * @generated
	 * @ordered
	 */
	protected static final String SERIES_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSeriesKey() <em>Series Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeriesKey()
	 * @generated
	 * @ordered
	 */
	protected String seriesKey = SERIES_KEY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getElement() <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElement()
	 * @generated
	 * @ordered
	 */
	protected Element element;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TelemetrySeriesRefImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TwinPackage.Literals.TELEMETRY_SERIES_REF;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMetric() {
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetric(String newMetric) {
		String oldMetric = metric;
		metric = newMetric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.TELEMETRY_SERIES_REF__METRIC, oldMetric, metric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.TELEMETRY_SERIES_REF__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSeriesKey() {
		return seriesKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeriesKey(String newSeriesKey) {
		String oldSeriesKey = seriesKey;
		seriesKey = newSeriesKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.TELEMETRY_SERIES_REF__SERIES_KEY, oldSeriesKey, seriesKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Element getElement() {
		if (element != null && element.eIsProxy()) {
			InternalEObject oldElement = (InternalEObject)element;
			element = (Element)eResolveProxy(oldElement);
			if (element != oldElement) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwinPackage.TELEMETRY_SERIES_REF__ELEMENT, oldElement, element));
			}
		}
		return element;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Element basicGetElement() {
		return element;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElement(Element newElement) {
		Element oldElement = element;
		element = newElement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.TELEMETRY_SERIES_REF__ELEMENT, oldElement, element));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TwinPackage.TELEMETRY_SERIES_REF__METRIC:
				return getMetric();
			case TwinPackage.TELEMETRY_SERIES_REF__UNIT:
				return getUnit();
			case TwinPackage.TELEMETRY_SERIES_REF__SERIES_KEY:
				return getSeriesKey();
			case TwinPackage.TELEMETRY_SERIES_REF__ELEMENT:
				if (resolve) return getElement();
				return basicGetElement();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TwinPackage.TELEMETRY_SERIES_REF__METRIC:
				setMetric((String)newValue);
				return;
			case TwinPackage.TELEMETRY_SERIES_REF__UNIT:
				setUnit((String)newValue);
				return;
			case TwinPackage.TELEMETRY_SERIES_REF__SERIES_KEY:
				setSeriesKey((String)newValue);
				return;
			case TwinPackage.TELEMETRY_SERIES_REF__ELEMENT:
				setElement((Element)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TwinPackage.TELEMETRY_SERIES_REF__METRIC:
				setMetric(METRIC_EDEFAULT);
				return;
			case TwinPackage.TELEMETRY_SERIES_REF__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case TwinPackage.TELEMETRY_SERIES_REF__SERIES_KEY:
				setSeriesKey(SERIES_KEY_EDEFAULT);
				return;
			case TwinPackage.TELEMETRY_SERIES_REF__ELEMENT:
				setElement((Element)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TwinPackage.TELEMETRY_SERIES_REF__METRIC:
				return METRIC_EDEFAULT == null ? metric != null : !METRIC_EDEFAULT.equals(metric);
			case TwinPackage.TELEMETRY_SERIES_REF__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case TwinPackage.TELEMETRY_SERIES_REF__SERIES_KEY:
				return SERIES_KEY_EDEFAULT == null ? seriesKey != null : !SERIES_KEY_EDEFAULT.equals(seriesKey);
			case TwinPackage.TELEMETRY_SERIES_REF__ELEMENT:
				return element != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (metric: ");
		result.append(metric);
		result.append(", unit: ");
		result.append(unit);
		result.append(", seriesKey: ");
		result.append(seriesKey);
		result.append(')');
		return result.toString();
	}

} //TelemetrySeriesRefImpl
