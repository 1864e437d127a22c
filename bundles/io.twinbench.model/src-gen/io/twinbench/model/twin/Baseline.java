/**
 */
package io.twinbench.model.twin;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Baseline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.Baseline#getMetric <em>Metric</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Baseline#getMean <em>Mean</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Baseline#getDeviation <em>Deviation</em>}</li>
 * </ul>
 *
 * @see io.twinbench.model.twin.TwinPackage#getBaseline()
 * @model
 * @generated
 */
public interface Baseline extends Finding {
	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see #setMetric(String)
	 * @see io.twinbench.model.twin.TwinPackage#getBaseline_Metric()
	 * @model
	 * @generated
	 */
	String getMetric();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Baseline#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(String value);

	/**
	 * Returns the value of the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mean</em>' attribute.
	 * @see #setMean(double)
	 * @see io.twinbench.model.twin.TwinPackage#getBaseline_Mean()
	 * @model
	 * @generated
	 */
	double getMean();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Baseline#getMean <em>Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean</em>' attribute.
	 * @see #getMean()
	 * @generated
	 */
	void setMean(double value);

	/**
	 * Returns the value of the '<em><b>Deviation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deviation</em>' attribute.
	 * @see #setDeviation(double)
	 * @see io.twinbench.model.twin.TwinPackage#getBaseline_Deviation()
	 * @model
	 * @generated
	 */
	double getDeviation();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Baseline#getDeviation <em>Deviation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deviation</em>' attribute.
	 * @see #getDeviation()
	 * @generated
	 */
	void setDeviation(double value);

} // Baseline
