/**
 */
package io.twinbench.model.twin;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>File System</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.FileSystem#getMount <em>Mount</em>}</li>
 *   <li>{@link io.twinbench.model.twin.FileSystem#getType <em>Type</em>}</li>
 *   <li>{@link io.twinbench.model.twin.FileSystem#getTotalBytes <em>Total Bytes</em>}</li>
 *   <li>{@link io.twinbench.model.twin.FileSystem#getUsableBytes <em>Usable Bytes</em>}</li>
 * </ul>
 *
 * @see io.twinbench.model.twin.TwinPackage#getFileSystem()
 * @model
 * @generated
 */
public interface FileSystem extends Hardware {
	/**
	 * Returns the value of the '<em><b>Mount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mount</em>' attribute.
	 * @see #setMount(String)
	 * @see io.twinbench.model.twin.TwinPackage#getFileSystem_Mount()
	 * @model
	 * @generated
	 */
	String getMount();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.FileSystem#getMount <em>Mount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mount</em>' attribute.
	 * @see #getMount()
	 * @generated
	 */
	void setMount(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.twinbench.model.twin.TwinPackage#getFileSystem_Type()
	 * @model
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.FileSystem#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

	/**
	 * Returns the value of the '<em><b>Total Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Total Bytes</em>' attribute.
	 * @see #setTotalBytes(long)
	 * @see io.twinbench.model.twin.TwinPackage#getFileSystem_TotalBytes()
	 * @model
	 * @generated
	 */
	long getTotalBytes();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.FileSystem#getTotalBytes <em>Total Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Bytes</em>' attribute.
	 * @see #getTotalBytes()
	 * @generated
	 */
	void setTotalBytes(long value);

	/**
	 * Returns the value of the '<em><b>Usable Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Usable Bytes</em>' attribute.
	 * @see #setUsableBytes(long)
	 * @see io.twinbench.model.twin.TwinPackage#getFileSystem_UsableBytes()
	 * @model
	 * @generated
	 */
	long getUsableBytes();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.FileSystem#getUsableBytes <em>Usable Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Usable Bytes</em>' attribute.
	 * @see #getUsableBytes()
	 * @generated
	 */
	void setUsableBytes(long value);

} // FileSystem
