/**
 */
package io.twinbench.model.twin;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>User</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.User#getUid <em>Uid</em>}</li>
 *   <li>{@link io.twinbench.model.twin.User#getHome <em>Home</em>}</li>
 *   <li>{@link io.twinbench.model.twin.User#getShell <em>Shell</em>}</li>
 * </ul>
 *
 * @see io.twinbench.model.twin.TwinPackage#getUser()
 * @model
 * @generated
 */
public interface User extends Element {
	/**
	 * Returns the value of the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uid</em>' attribute.
	 * @see #setUid(long)
	 * @see io.twinbench.model.twin.TwinPackage#getUser_Uid()
	 * @model
	 * @generated
	 */
	long getUid();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.User#getUid <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uid</em>' attribute.
	 * @see #getUid()
	 * @generated
	 */
	void setUid(long value);

	/**
	 * Returns the value of the '<em><b>Home</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Home</em>' attribute.
	 * @see #setHome(String)
	 * @see io.twinbench.model.twin.TwinPackage#getUser_Home()
	 * @model
	 * @generated
	 */
	String getHome();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.User#getHome <em>Home</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Home</em>' attribute.
	 * @see #getHome()
	 * @generated
	 */
	void setHome(String value);

	/**
	 * Returns the value of the '<em><b>Shell</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shell</em>' attribute.
	 * @see #setShell(String)
	 * @see io.twinbench.model.twin.TwinPackage#getUser_Shell()
	 * @model
	 * @generated
	 */
	String getShell();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.User#getShell <em>Shell</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shell</em>' attribute.
	 * @see #getShell()
	 * @generated
	 */
	void setShell(String value);

} // User
