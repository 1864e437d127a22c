/**
 */
package io.twinbench.model.twin;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Prediction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.Prediction#getFailureMode <em>Failure Mode</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Prediction#getExpectedAt <em>Expected At</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Prediction#getConfidence <em>Confidence</em>}</li>
 * </ul>
 *
 * @see io.twinbench.model.twin.TwinPackage#getPrediction()
 * @model
 * @generated
 */
public interface Prediction extends Finding {
	/**
	 * Returns the value of the '<em><b>Failure Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failure Mode</em>' attribute.
	 * @see #setFailureMode(String)
	 * @see io.twinbench.model.twin.TwinPackage#getPrediction_FailureMode()
	 * @model
	 * @generated
	 */
	String getFailureMode();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Prediction#getFailureMode <em>Failure Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure Mode</em>' attribute.
	 * @see #getFailureMode()
	 * @generated
	 */
	void setFailureMode(String value);

	/**
	 * Returns the value of the '<em><b>Expected At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expected At</em>' attribute.
	 * @see #setExpectedAt(Date)
	 * @see io.twinbench.model.twin.TwinPackage#getPrediction_ExpectedAt()
	 * @model
	 * @generated
	 */
	Date getExpectedAt();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Prediction#getExpectedAt <em>Expected At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected At</em>' attribute.
	 * @see #getExpectedAt()
	 * @generated
	 */
	void setExpectedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see #setConfidence(double)
	 * @see io.twinbench.model.twin.TwinPackage#getPrediction_Confidence()
	 * @model
	 * @generated
	 */
	double getConfidence();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Prediction#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(double value);

} // Prediction
