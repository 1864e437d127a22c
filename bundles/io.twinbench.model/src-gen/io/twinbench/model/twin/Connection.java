/**
 */
package io.twinbench.model.twin;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Connection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.Connection#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Connection#getLocalAddress <em>Local Address</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Connection#getLocalPort <em>Local Port</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Connection#getRemoteAddress <em>Remote Address</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Connection#getRemotePort <em>Remote Port</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Connection#getState <em>State</em>}</li>
 * </ul>
 *
 * @see io.twinbench.model.twin.TwinPackage#getConnection()
 * @model
 * @generated
 */
public interface Connection extends Element {
	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * The literals are from the enumeration {@link io.twinbench.model.twin.TransportProtocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see io.twinbench.model.twin.TransportProtocol
	 * @see #setProtocol(TransportProtocol)
	 * @see io.twinbench.model.twin.TwinPackage#getConnection_Protocol()
	 * @model
	 * @generated
	 */
	TransportProtocol getProtocol();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Connection#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see io.twinbench.model.twin.TransportProtocol
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(TransportProtocol value);

	/**
	 * Returns the value of the '<em><b>Local Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Local Address</em>' attribute.
	 * @see #setLocalAddress(String)
	 * @see io.twinbench.model.twin.TwinPackage#getConnection_LocalAddress()
	 * @model
	 * @generated
	 */
	String getLocalAddress();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Connection#getLocalAddress <em>Local Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Address</em>' attribute.
	 * @see #getLocalAddress()
	 * @generated
	 */
	void setLocalAddress(String value);

	/**
	 * Returns the value of the '<em><b>Local Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Local Port</em>' attribute.
	 * @see #setLocalPort(int)
	 * @see io.twinbench.model.twin.TwinPackage#getConnection_LocalPort()
	 * @model
	 * @generated
	 */
	int getLocalPort();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Connection#getLocalPort <em>Local Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Port</em>' attribute.
	 * @see #getLocalPort()
	 * @generated
	 */
	void setLocalPort(int value);

	/**
	 * Returns the value of the '<em><b>Remote Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remote Address</em>' attribute.
	 * @see #setRemoteAddress(String)
	 * @see io.twinbench.model.twin.TwinPackage#getConnection_RemoteAddress()
	 * @model
	 * @generated
	 */
	String getRemoteAddress();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Connection#getRemoteAddress <em>Remote Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Address</em>' attribute.
	 * @see #getRemoteAddress()
	 * @generated
	 */
	void setRemoteAddress(String value);

	/**
	 * Returns the value of the '<em><b>Remote Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remote Port</em>' attribute.
	 * @see #setRemotePort(int)
	 * @see io.twinbench.model.twin.TwinPackage#getConnection_RemotePort()
	 * @model
	 * @generated
	 */
	int getRemotePort();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Connection#getRemotePort <em>Remote Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Port</em>' attribute.
	 * @see #getRemotePort()
	 * @generated
	 */
	void setRemotePort(int value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see #setState(String)
	 * @see io.twinbench.model.twin.TwinPackage#getConnection_State()
	 * @model
	 * @generated
	 */
	String getState();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Connection#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see #getState()
	 * @generated
	 */
	void setState(String value);

} // Connection
