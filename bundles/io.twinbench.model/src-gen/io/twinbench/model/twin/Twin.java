/**
 */
package io.twinbench.model.twin;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Twin</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The stateful twin of one endpoint.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.Twin#getId <em>Id</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Twin#getName <em>Name</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Twin#getHostname <em>Hostname</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Twin#getSource <em>Source</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Twin#getCreated <em>Created</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Twin#getUpdated <em>Updated</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Twin#getElements <em>Elements</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Twin#getDependencies <em>Dependencies</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Twin#getSeries <em>Series</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Twin#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @see io.twinbench.model.twin.TwinPackage#getTwin()
 * @model
 * @generated
 */
public interface Twin extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.twinbench.model.twin.TwinPackage#getTwin_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Twin#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.twinbench.model.twin.TwinPackage#getTwin_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Twin#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hostname</em>' attribute.
	 * @see #setHostname(String)
	 * @see io.twinbench.model.twin.TwinPackage#getTwin_Hostname()
	 * @model
	 * @generated
	 */
	String getHostname();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Twin#getHostname <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hostname</em>' attribute.
	 * @see #getHostname()
	 * @generated
	 */
	void setHostname(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see io.twinbench.model.twin.TwinPackage#getTwin_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Twin#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see io.twinbench.model.twin.TwinPackage#getTwin_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Twin#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Updated</em>' attribute.
	 * @see #setUpdated(Date)
	 * @see io.twinbench.model.twin.TwinPackage#getTwin_Updated()
	 * @model
	 * @generated
	 */
	Date getUpdated();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Twin#getUpdated <em>Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated</em>' attribute.
	 * @see #getUpdated()
	 * @generated
	 */
	void setUpdated(Date value);

	/**
	 * Returns the value of the '<em><b>Elements</b></em>' containment reference list.
	 * The list contents are of type {@link io.twinbench.model.twin.Element}.
	 * It is bidirectional and its opposite is '{@link io.twinbench.model.twin.Element#getTwin <em>Twin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Elements</em>' containment reference list.
	 * @see io.twinbench.model.twin.TwinPackage#getTwin_Elements()
	 * @see io.twinbench.model.twin.Element#getTwin
	 * @model opposite="twin" containment="true"
	 * @generated
	 */
	EList<Element> getElements();

	/**
	 * Returns the value of the '<em><b>Dependencies</b></em>' containment reference list.
	 * The list contents are of type {@link io.twinbench.model.twin.Dependency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dependencies</em>' containment reference list.
	 * @see io.twinbench.model.twin.TwinPackage#getTwin_Dependencies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Dependency> getDependencies();

	/**
	 * Returns the value of the '<em><b>Series</b></em>' containment reference list.
	 * The list contents are of type {@link io.twinbench.model.twin.TelemetrySeriesRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Series</em>' containment reference list.
	 * @see io.twinbench.model.twin.TwinPackage#getTwin_Series()
	 * @model containment="true"
	 * @generated
	 */
	EList<TelemetrySeriesRef> getSeries();

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link io.twinbench.model.twin.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see io.twinbench.model.twin.TwinPackage#getTwin_Findings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finding> getFindings();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element with this id, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Element findElement(String elementId);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	EList<Element> elementsOfKind(ElementKind kind);

} // Twin
