/**
 */
package io.twinbench.model.twin;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Telemetry Series Ref</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A telemetry series of an element, kept in the store under seriesKey.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.TelemetrySeriesRef#getMetric <em>Metric</em>}</li>
 *   <li>{@link io.twinbench.model.twin.TelemetrySeriesRef#getUnit <em>Unit</em>}</li>
 *   <li>{@link io.twinbench.model.twin.TelemetrySeriesRef#getSeriesKey <em>Series Key</em>}</li>
 *   <li>{@link io.twinbench.model.twin.TelemetrySeriesRef#getElement <em>Element</em>}</li>
 * </ul>
 *
 * @see io.twinbench.model.twin.TwinPackage#getTelemetrySeriesRef()
 * @model
 * @generated
 */
public interface TelemetrySeriesRef extends EObject {
	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see #setMetric(String)
	 * @see io.twinbench.model.twin.TwinPackage#getTelemetrySeriesRef_Metric()
	 * @model
	 * @generated
	 */
	String getMetric();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.TelemetrySeriesRef#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see io.twinbench.model.twin.TwinPackage#getTelemetrySeriesRef_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.TelemetrySeriesRef#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Series Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Series Key</em>' attribute.
	 * @see #setSeriesKey(String)
	 * @see io.twinbench.model.twin.TwinPackage#getTelemetrySeriesRef_SeriesKey()
	 * @model
	 * @generated
	 */
	String getSeriesKey();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.TelemetrySeriesRef#getSeriesKey <em>Series Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Series Key</em>' attribute.
	 * @see #getSeriesKey()
	 * @generated
	 */
	void setSeriesKey(String value);

	/**
	 * Returns the value of the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Element</em>' reference.
	 * @see #setElement(Element)
	 * @see io.twinbench.model.twin.TwinPackage#getTelemetrySeriesRef_Element()
	 * @model
	 * @generated
	 */
	Element getElement();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.TelemetrySeriesRef#getElement <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' reference.
	 * @see #getElement()
	 * @generated
	 */
	void setElement(Element value);

} // TelemetrySeriesRef
