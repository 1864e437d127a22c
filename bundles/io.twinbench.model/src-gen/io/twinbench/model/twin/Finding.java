/**
 */
package io.twinbench.model.twin;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What analysis concluded about an element.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.Finding#getDetectedAt <em>Detected At</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Finding#getScore <em>Score</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Finding#getDescription <em>Description</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Finding#getElement <em>Element</em>}</li>
 * </ul>
 *
 * @see io.twinbench.model.twin.TwinPackage#getFinding()
 * @model abstract="true"
 * @generated
 */
public interface Finding extends EObject {
	/**
	 * Returns the value of the '<em><b>Detected At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Detected At</em>' attribute.
	 * @see #setDetectedAt(Date)
	 * @see io.twinbench.model.twin.TwinPackage#getFinding_DetectedAt()
	 * @model
	 * @generated
	 */
	Date getDetectedAt();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Finding#getDetectedAt <em>Detected At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detected At</em>' attribute.
	 * @see #getDetectedAt()
	 * @generated
	 */
	void setDetectedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(double)
	 * @see io.twinbench.model.twin.TwinPackage#getFinding_Score()
	 * @model
	 * @generated
	 */
	double getScore();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Finding#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(double value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.twinbench.model.twin.TwinPackage#getFinding_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Finding#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Element</em>' reference.
	 * @see #setElement(Element)
	 * @see io.twinbench.model.twin.TwinPackage#getFinding_Element()
	 * @model
	 * @generated
	 */
	Element getElement();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Finding#getElement <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' reference.
	 * @see #getElement()
	 * @generated
	 */
	void setElement(Element value);

} // Finding
